import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { formatDate } from '@/core/format/number';
import { parseLang } from '@/i18n';
import { offersDictionary } from '@/i18n/offers';
import { reasonText } from '@/i18n/offers/reasons';
import { auditOfferDocument } from '@/server/offers/access';
import { decisionDocument } from '@/server/offers/decision-doc';
import { findOfferByPublicId } from '@/server/offers/offers';
import { DecisionDocument } from '@/ui/offers/decision-document';
import { PrintButton } from '@/ui/report/print-button';
import { firstParam, type SearchParams } from '../../../../_page-data';
import { loadRoundPage } from '../../../_round';
import '../../../offers.css';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: offersDictionary(parseLang((await searchParams).lang)).decisions.heading, robots: { index: false } };
}

/**
 * One decision, printable: the original in Finnish or Swedish (the unit's language) beside the English
 * courtesy translation, with the legal basis and the city's appeal instructions. The PDF is this page.
 */
export default async function DecisionPage({
  params,
  searchParams,
}: {
  params: Promise<{ round: string; offer: string }>;
  searchParams: SearchParams;
}) {
  const { round, lang, actor, sp } = await loadRoundPage('offers.read', params, searchParams);
  const t = offersDictionary(lang);
  const offer = await findOfferByPublicId((await params).offer);
  if (!offer || offer.roundId !== round.id) notFound();
  await auditOfferDocument(actor, offer.id, 'decision');
  const doc = await decisionDocument(round, offer.id).catch(() => notFound());
  const print = firstParam(sp.print) === '1';
  const original = doc.decision.language;
  const born = doc.child.birthDate
    ? formatDate(`${doc.child.birthDate}T12:00:00Z`, original === 'sv' ? 'sv-FI' : 'fi-FI')
    : String(doc.child.birthYear);
  const common = {
    kind: round.settings.kind,
    outcome: doc.decision.outcome,
    number: doc.decision.number,
    decidedOn: doc.decision.decidedOn,
    child: doc.child.name ?? doc.child.childId,
    born,
    startYear: round.settings.startYear,
    legalBasis: doc.decision.legalBasis,
    appeal: round.settings.appeal,
    decisionMaker: round.settings.decisionMaker,
    synthetic: doc.child.synthetic,
  };
  const unitIn = (l: 'fi' | 'sv' | 'en') =>
    doc.unit ? (l === 'sv' && doc.unit.nameSv ? doc.unit.nameSv : doc.unit.nameFi) : null;
  return (
    <div className={print ? 'offers-print' : undefined} data-testid="decision-page">
      {!print ? (
        <div className="offers-toolbar">
          <p>
            <a href={`/offers/${round.id}/decisions?lang=${lang}`}>← {t.decisions.heading}</a>
          </p>
          <PrintButton label={t.decisions.print} />
          <form method="post" action={`/api/offers/decisions/${offer.publicId}/pdf`} className="export-form">
            <input type="hidden" name="lang" value={lang} />
            <button type="submit" className="export-link" data-testid="decision-pdf">
              {t.decisions.pdf}
            </button>
          </form>
        </div>
      ) : null}
      <div className="offers-decisions-pair">
        <DecisionDocument
          {...common}
          lang={original}
          unit={unitIn(original)}
          reason={doc.decision.outcome === 'placed' ? reasonText(offer.facts, original) : null}
        />
        <DecisionDocument
          {...common}
          lang="en"
          unit={unitIn('en')}
          reason={doc.decision.outcome === 'placed' ? reasonText(offer.facts, 'en') : null}
          courtesy={t.doc.courtesy}
        />
      </div>
    </div>
  );
}
