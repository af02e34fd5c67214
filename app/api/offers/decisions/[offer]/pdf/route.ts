import { z } from 'zod';
import { readEnv } from '@/core/config/env';
import { AppError } from '@/core/errors';
import { LANGS } from '@/i18n';
import { authorize } from '@/server/auth/authorize';
import { SESSION_COOKIE, tokenOf } from '@/server/auth/session-cookie';
import { renderPdf } from '@/server/exports/report-pdf';
import { auditOfferDocument, roundFor } from '@/server/offers/access';
import { actorOf } from '@/server/offers/actor';
import { findOfferByPublicId } from '@/server/offers/offers';
import { download } from '@/server/offers/route-helpers';
import { handle } from '@/server/http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const form = z.strictObject({ lang: z.enum(LANGS).default('fi') });

/**
 * POST /api/offers/decisions/{offer}/pdf: the decision's print page (original language beside the English
 * courtesy translation) rendered to PDF by the product's one shared browser, as the requesting officer.
 */
export function POST(request: Request, { params }: { params: Promise<{ offer: string }> }): Promise<Response> {
  return handle(async () => {
    const by = await authorize(request, 'offers.read');
    const id = z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,40}$/)
      .parse((await params).offer);
    const { lang } = form.parse(Object.fromEntries((await request.formData().catch(() => new FormData())).entries()));
    const offer = await findOfferByPublicId(id);
    if (!offer) throw new AppError('not_found', 'No such offer');
    const actor = actorOf(by);
    const round = await roundFor(by.user, 'offers.read', offer.roundId, actor);
    await auditOfferDocument(actor, offer.id, 'decision_pdf');
    const token = tokenOf(request.headers.get('cookie'));
    const sp = new URLSearchParams({ lang, print: '1' });
    const pdf = await renderPdf(
      `http://127.0.0.1:${readEnv().PORT}/offers/${round.id}/decisions/${id}?${sp.toString()}`,
      token ? { name: SESSION_COOKIE, value: token } : null,
    );
    return download(
      new Uint8Array(pdf),
      'application/pdf',
      `decision-${round.id}-${offer.childId.replace(/[^\w-]+/g, '_')}.pdf`,
    );
  });
}
