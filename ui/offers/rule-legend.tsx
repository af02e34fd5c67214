import { offersDictionary } from '@/i18n/offers';
import type { Lang } from '@/i18n';
import { RULE_COLOURS } from './rule-colours';

/** The colours of the proposals map, in words (every colour also has its label). */

export function RuleLegend({ lang }: { lang: Lang }) {
  const t = offersDictionary(lang);
  return (
    <section className="legend offers-legend" aria-labelledby="offers-legend">
      <h2 id="offers-legend">{t.proposals.legend}</h2>
      <ul>
        {Object.entries(RULE_COLOURS).map(([rule, colour]) => (
          <li key={rule}>
            <span className="swatch" style={{ background: colour }} aria-hidden="true" />{' '}
            {t.rules[rule as keyof typeof t.rules]}
          </li>
        ))}
        <li>
          <span className="swatch offers-unit-swatch" aria-hidden="true" /> {t.proposals.unitMarker}
        </li>
      </ul>
    </section>
  );
}
