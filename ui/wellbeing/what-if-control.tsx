'use client';

import { useMemo, useState } from 'react';
import { whatIfDemand } from '../../domain/wellbeing/explanation-facts';
import { indicatorById } from '../../domain/wellbeing/indicator-catalogue';
import type { OutcomeView } from '../../domain/wellbeing/views';
import type { Lang } from '../../i18n';
import { formatMeasure, indicatorLabel, wellbeingDictionary } from '../../i18n/wellbeing';

/**
 * What-if, one control per factor: moving a factor moves the expected value along the association slope
 * (association-model.ts), for every forecast year. Clearly an association, not a cause: said in the
 * heading, beside the controls and in the result.
 */
export function WhatIfControl(props: { lang: Lang; outcomes: OutcomeView[] }) {
  const { lang } = props;
  const t = wellbeingDictionary(lang);
  const usable = props.outcomes.filter(
    (o) => (o.association?.factors.length ?? 0) > 0 && o.forecasts.some((f) => f.mean !== null),
  );
  const [outcomeId, setOutcomeId] = useState(usable[0]?.indicator ?? '');
  const outcome = usable.find((o) => o.indicator === outcomeId) ?? usable[0];
  const [changes, setChanges] = useState<Record<string, number>>({});
  const factors = useMemo(() => outcome?.association?.factors ?? [], [outcome]);
  if (!outcome) return <p>{t.whatIf.none}</p>;
  const measure = indicatorById(outcome.indicator)!.measure;
  const valueOf = (factor: string) => changes[factor] ?? factors.find((f) => f.factor === factor)!.current;
  // The factors' effects add up (the association is linear); the domain rule keeps demand at zero or above.
  const shift = factors.reduce((sum, f) => sum + f.perUnit * (valueOf(f.factor) - f.current), 0);
  const shifted = (mean: number) => whatIfDemand(mean, 1, 0, shift);
  return (
    <div className="wellbeing-whatif" data-testid="what-if">
      <p className="caution" role="note">
        {t.whatIf.caution}
      </p>
      <label>
        {t.whatIf.service}
        <select
          value={outcome.indicator}
          onChange={(e) => {
            setOutcomeId(e.target.value);
            setChanges({});
          }}
        >
          {usable.map((o) => (
            <option key={o.indicator} value={o.indicator}>
              {indicatorLabel(lang, o.indicator)}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t.whatIf.factor}</legend>
        {factors.map((f) => {
          const m = indicatorById(f.factor)!.measure;
          const id = `whatif-${f.factor}`;
          return (
            <div key={f.factor} className="whatif-factor">
              <label htmlFor={id}>
                {indicatorLabel(lang, f.factor)} ({t.whatIf.now(formatMeasure(lang, f.current, m))})
              </label>
              <input
                id={id}
                type="range"
                min={f.min}
                max={f.max}
                step={(f.max - f.min) / 100 || 1}
                value={valueOf(f.factor)}
                data-factor={f.factor}
                onChange={(e) => setChanges({ ...changes, [f.factor]: Number(e.target.value) })}
              />
              <output htmlFor={id}>{formatMeasure(lang, valueOf(f.factor), m)}</output>
            </div>
          );
        })}
      </fieldset>
      <button type="button" onClick={() => setChanges({})}>
        {t.whatIf.reset}
      </button>
      <ul className="whatif-result" data-testid="what-if-result" aria-live="polite">
        {outcome.forecasts
          .filter((f) => f.mean !== null)
          .map((f) => (
            <li key={f.year} data-year={f.year} data-changed={shift !== 0}>
              {t.whatIf.result(
                indicatorLabel(lang, outcome.indicator),
                f.year,
                formatMeasure(lang, f.mean!, measure, 1),
                formatMeasure(lang, shifted(f.mean!), measure, 1),
              )}
            </li>
          ))}
      </ul>
    </div>
  );
}
