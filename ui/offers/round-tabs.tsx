import { offersDictionary } from '@/i18n/offers';
import type { Lang } from '@/i18n';

/** The parts of one round, as a second navigation (the current part marked for screen readers too). */
const TABS = ['overview', 'cohort', 'proposals', 'outbox', 'replies', 'decisions'] as const;
export type RoundTab = (typeof TABS)[number];

export function RoundTabs({ lang, roundId, current }: { lang: Lang; roundId: number; current: RoundTab }) {
  const t = offersDictionary(lang).tabs;
  return (
    <nav aria-label={t.label} className="offers-tabs">
      <ul>
        {TABS.map((tab) => (
          <li key={tab}>
            <a
              href={`/offers/${roundId}${tab === 'overview' ? '' : `/${tab}`}?lang=${lang}`}
              aria-current={tab === current ? 'page' : undefined}
            >
              {t[tab]}
            </a>
          </li>
        ))}
        <li>
          <a href={`/offers/kpi?round=${roundId}&lang=${lang}`}>{t.kpi}</a>
        </li>
      </ul>
    </nav>
  );
}

/** Said wherever synthetic children or derived places are shown. */
export function SyntheticNotes({ lang, synthetic, derived }: { lang: Lang; synthetic: boolean; derived: boolean }) {
  const t = offersDictionary(lang);
  if (!synthetic && !derived) return null;
  return (
    <div className="offers-notes">
      {synthetic ? (
        <p className="synthetic-badge offers-synthetic" role="note" data-testid="offers-synthetic">
          {t.synthetic}
        </p>
      ) : null}
      {derived ? (
        <p className="note" role="note">
          {t.placesDerived}
        </p>
      ) : null}
    </div>
  );
}
