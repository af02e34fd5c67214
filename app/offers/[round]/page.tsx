import type { Metadata } from 'next';
import { formatDate, formatNumber } from '@/core/format/number';
import { OFFER_STATES } from '@/domain/offers/offer-state';
import { localeOf, parseLang } from '@/i18n';
import { offersDictionary } from '@/i18n/offers';
import { roundCounts } from '@/server/offers/views';
import { offerUnitsOf } from '@/server/offers/units';
import { FileImport } from '@/ui/offers/file-import';
import { PostAction } from '@/ui/offers/post-action';
import { RoundTabs, SyntheticNotes } from '@/ui/offers/round-tabs';
import type { SearchParams } from '../../_page-data';
import { loadRoundPage } from '../_round';
import '../offers.css';

export const dynamic = 'force-dynamic';

/** The sending steps in the order an officer takes them; each posts `what` to the round's send route. */
const SEND_STEPS = [
  { what: 'offers', label: 'send', testId: 'send-offers' },
  { what: 'reminders', label: 'remind', testId: 'send-reminders' },
  { what: 'deliver', label: 'deliver', testId: 'deliver' },
  { what: 'retry', label: 'retry', testId: 'retry' },
] as const;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: offersDictionary(parseLang((await searchParams).lang)).tabs.overview };
}

/** One round: its settings, offers by state, and its steps in order - each a button for the permitted role. */
export default async function RoundPage({
  params,
  searchParams,
}: {
  params: Promise<{ round: string }>;
  searchParams: SearchParams;
}) {
  const { round, lang, permitted } = await loadRoundPage('offers.read', params, searchParams);
  const t = offersDictionary(lang);
  const o = t.overview;
  const s = round.settings;
  const locale = localeOf(lang);
  const [counts, units] = await Promise.all([roundCounts(round), offerUnitsOf(s.municipalityCode)]);
  const labels = { working: o.working, done: o.done, failed: o.failed };
  const can = (a: string) => permitted.includes(a as never) && round.status === 'open';
  const base = `/api/offers/rounds/${round.id}`;
  return (
    <article data-testid="offers-round">
      <h1>
        {s.name} <span className="forecast-badge">{t.kinds[s.kind]}</span>
      </h1>
      <RoundTabs lang={lang} roundId={round.id} current="overview" />
      <SyntheticNotes lang={lang} synthetic={round.synthetic} derived={units.some((u) => u.placesSynthetic)} />
      <p className="lead">
        {t.list.startYear}: {s.startYear} · {t.list.deadline}: {formatDate(`${s.answerDeadline}T12:00:00Z`, locale)} ·{' '}
        {t.list.retention}: {formatDate(`${s.retentionEnd}T12:00:00Z`, locale)} ·{' '}
        {round.status === 'open' ? t.list.open : t.list.purged}
      </p>
      <section aria-labelledby="states-heading">
        <h2 id="states-heading">{o.states}</h2>
        <ul className="offers-states" data-testid="offer-states">
          {OFFER_STATES.map((st) => (
            <li key={st} data-state={st}>
              {t.states[st]}: <strong>{formatNumber(round.states[st] ?? 0, locale)}</strong>
            </li>
          ))}
          <li>
            {t.tabs.outbox}:{' '}
            <strong>
              {formatNumber(
                Object.values(counts.messages).reduce((a, b) => a + b, 0),
                locale,
              )}
            </strong>
          </li>
          <li>
            {t.replies.review}: <strong data-testid="review-count">{formatNumber(counts.review, locale)}</strong>
          </li>
        </ul>
      </section>
      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading">{o.steps}</h2>
        <ol className="offers-steps">
          <li>
            <h3>1. {o.cohortStep}</h3>
            <p data-testid="cohort-count">
              {round.children > 0 ? o.cohortCount(round.children, counts.families) : o.cohortNone}
            </p>
            {can('offers.manage') ? (
              <>
                <FileImport
                  url={`${base}/cohort`}
                  source="csv"
                  legend={o.importCsv}
                  labels={{ ...labels, file: o.file, import: o.import }}
                  testId="import-csv"
                />
                <FileImport
                  url={`${base}/cohort`}
                  source="evaka"
                  legend={o.importEvaka}
                  labels={{ ...labels, file: o.file, import: o.import }}
                  testId="import-evaka"
                />
                <PostAction
                  url={`${base}/cohort`}
                  body={{ source: 'synthetic' }}
                  label={o.importSynthetic}
                  labels={labels}
                  testId="import-synthetic"
                  showCounts
                />
              </>
            ) : null}
          </li>
          {s.kind === 'ece' && can('offers.send') ? (
            <li>
              <h3>2. {o.sendSurvey}</h3>
              <PostAction
                url={`${base}/send`}
                body={{ what: 'survey' }}
                label={o.sendSurvey}
                labels={labels}
                testId="send-survey"
                showCounts
              />
            </li>
          ) : null}
          {can('offers.manage') ? (
            <li>
              <h3>
                {s.kind === 'ece' ? 3 : 2}. {o.propose}
              </h3>
              <PostAction
                url={`${base}/propose`}
                body={{ second: false }}
                label={o.propose}
                labels={labels}
                testId="propose"
                primary
                showCounts
              />
            </li>
          ) : null}
          {can('offers.send') ? (
            <li>
              <h3>
                {s.kind === 'ece' ? 4 : 3}. {o.send}
              </h3>
              {SEND_STEPS.map(({ what, label, testId }) => (
                <PostAction
                  key={what}
                  url={`${base}/send`}
                  body={{ what }}
                  label={o[label]}
                  labels={labels}
                  testId={testId}
                  primary={what === 'offers'}
                  showCounts
                />
              ))}
            </li>
          ) : null}
          {can('offers.manage') ? (
            <li>
              <h3>
                {s.kind === 'ece' ? 5 : 4}. {o.proposeSecond}
              </h3>
              <PostAction
                url={`${base}/propose`}
                body={{ second: true }}
                label={o.proposeSecond}
                labels={labels}
                testId="propose-second"
                showCounts
              />
            </li>
          ) : null}
          {can('offers.decide') ? (
            <li>
              <h3>
                {s.kind === 'ece' ? 6 : 5}. {o.decide}
              </h3>
              <PostAction
                url={`${base}/decide`}
                body={{ step: 'expire' }}
                label={o.expire}
                labels={labels}
                testId="expire"
                showCounts
              />
              <PostAction
                url={`${base}/decide`}
                body={{ step: 'decide' }}
                label={o.decide}
                labels={labels}
                testId="decide"
                primary
                showCounts
              />
              <p>
                <a href={`${base}/placements`} data-testid="export-placements" download>
                  {o.exportPlacements}
                </a>
              </p>
            </li>
          ) : null}
        </ol>
      </section>
    </article>
  );
}
