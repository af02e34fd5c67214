import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { headers } from 'next/headers';
import { isAppError } from '@/core/errors';
import { formatDate, formatNumber } from '@/core/format/number';
import { isLang, localeOf, parseLang, type Lang } from '@/i18n';
import { offersDictionary } from '@/i18n/offers';
import { childLabel } from '@/i18n/offers/messages';
import { clientAddress } from '@/server/auth/client-address';
import { familyView, type FamilyView } from '@/server/offers/family';
import { FamilyAnswerForm, FamilySurveyForm } from '@/ui/offers/family-forms';
import { MiniMap } from '@/ui/offers/mini-map';
import { firstParam, type SearchParams } from '../../_page-data';
import './family.css';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Tarjous · Erbjudande · Offer',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
};

/**
 * The family's page behind the personal link (public: the token is the key; no sign-in, no names of others).
 * Mobile first and usable without JavaScript: the offered unit on a small server-drawn map with the reason
 * and the deadline, and a plain form to accept, ask for another unit or decline (or, in an ECE round, the
 * advance survey). The language is the guardian's unless the link or the switcher says otherwise.
 */
export default async function FamilyPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: SearchParams;
}) {
  const { token } = await params;
  const sp = await searchParams;
  const address = clientAddress(await headers());
  let view: FamilyView;
  const asked = firstParam(sp.lang);
  const lang: Lang = parseLang(asked);
  try {
    view = await familyView(token, address, lang);
  } catch (err) {
    if (isAppError(err) && (err.code === 'not_found' || err.code === 'rate_limited')) {
      const t = offersDictionary(lang).family;
      if (err.code === 'not_found') notFound();
      return (
        <section className="family-page">
          <h1>{t.title}</h1>
          <p role="alert" className="family-message error">
            {t.errors.rate_limited}
          </p>
        </section>
      );
    }
    throw err;
  }
  if (!isLang(asked))
    redirect(`/offer/${encodeURIComponent(token)}?lang=${view.children[0]?.child.guardianLanguage ?? 'fi'}`);
  const t = offersDictionary(lang);
  const f = t.family;
  const done = firstParam(sp.done) as keyof typeof f.done | undefined;
  const error = firstParam(sp.error) as keyof typeof f.errors | undefined;
  const locale = localeOf(lang);
  const synthetic = view.children.some((c) => c.child.synthetic);
  const answerable = view.children.filter((c) => c.answerable);
  return (
    <section className="family-page" aria-labelledby="family-title" data-testid="family-page">
      <h1 id="family-title">
        {f.title}: {t.kinds[view.round.settings.kind]} {view.round.settings.startYear}–
        {view.round.settings.startYear + 1}
      </h1>
      {synthetic ? (
        <p className="synthetic-badge offers-synthetic" role="note" data-testid="family-synthetic">
          {t.synthetic}
        </p>
      ) : null}
      {done && f.done[done] ? (
        <p role="status" className="family-message" data-testid="family-done">
          {f.done[done]}
        </p>
      ) : null}
      {error && f.errors[error] ? (
        <p role="alert" className="family-message error" data-testid="family-error">
          {f.errors[error]}
        </p>
      ) : null}
      <p className="lead">{view.surveyOpen ? f.surveyLead : f.lead}</p>
      {view.children.map((c) => {
        const label = childLabel(lang, c.child.name, c.child.birthYear);
        return (
          <article
            key={c.child.childId}
            className="family-child"
            aria-labelledby={`child-${c.child.childId}`}
            data-testid="family-child"
          >
            <h2 id={`child-${c.child.childId}`}>{f.child(label)}</h2>
            {view.surveyOpen ? (
              c.child.survey ? (
                <p role="status">{f.surveyAnswered}</p>
              ) : (
                <FamilySurveyForm
                  lang={lang}
                  token={token}
                  childId={c.child.childId}
                  language={c.child.language}
                  alternatives={c.alternatives}
                />
              )
            ) : !c.offer ? (
              <p>{f.notYet}</p>
            ) : (
              <>
                <dl className="family-facts">
                  <dt>{f.state}</dt>
                  <dd data-testid="family-state">{t.states[c.offer.state]}</dd>
                  {c.unitLabel ? (
                    <>
                      <dt>{f.unit}</dt>
                      <dd data-testid="family-unit">
                        {c.unitLabel}
                        {c.offer.distanceKm !== null ? ` (${formatNumber(c.offer.distanceKm, locale, 1)} km)` : ''}
                      </dd>
                    </>
                  ) : (
                    <dd>{f.noPlace}</dd>
                  )}
                  {c.reason ? (
                    <>
                      <dt>{f.reason}</dt>
                      <dd data-testid="family-reason">{c.reason}</dd>
                    </>
                  ) : null}
                  {c.deadline && c.answerable ? (
                    <>
                      <dt>{f.deadline}</dt>
                      <dd>{formatDate(`${c.deadline}T12:00:00Z`, locale)}</dd>
                    </>
                  ) : null}
                  {c.decision ? (
                    <>
                      <dt>{f.decision}</dt>
                      <dd data-testid="family-decision">
                        {t.outcomes[c.decision.outcome]} ({c.decision.number})
                      </dd>
                    </>
                  ) : null}
                </dl>
                {c.unit ? (
                  <MiniMap
                    label={f.map}
                    polygons={view.polygons}
                    home={{ lon: c.child.lon, lat: c.child.lat, label: f.home }}
                    unit={{ lon: c.unit.lon, lat: c.unit.lat, label: c.unitLabel ?? '' }}
                  />
                ) : null}
                {c.answerable ? (
                  <FamilyAnswerForm
                    lang={lang}
                    token={token}
                    childId={answerable.length > 1 ? c.child.childId : 'all'}
                    alternatives={c.alternatives}
                  />
                ) : null}
              </>
            )}
          </article>
        );
      })}
      {answerable.length > 0 ? <p className="note">{f.keywordsNote}</p> : null}
    </section>
  );
}
