import { formatNumber } from '../../core/format/number';
import type { ExplanationFact } from '../../domain/wellbeing/explanation-facts';
import type { Indicator } from '../../domain/wellbeing/indicator-schema';
import { localeOf, type Lang } from '../index';
import { formatMeasure, indicatorLabel, wellbeingDictionary } from './index';

/**
 * An explanation fact in words: "Pienituloisuusaste (140) liittyy noin 6 pistettä suurempaan arvoon kuin
 * keskimääräisessä kunnassa." The effect is in the outcome's own units: index points, percentage points
 * or cases per 1,000.
 */
export function describeFact(lang: Lang, fact: ExplanationFact, factor: Indicator, outcome: Indicator): string {
  const t = wellbeingDictionary(lang);
  const unit =
    outcome.measure === 'percent'
      ? t.area.units.percentagePoints
      : outcome.measure === 'per_1000'
        ? t.area.units.per1000
        : t.area.units.points;
  const digits = Math.abs(fact.effect) >= 10 ? 0 : 1;
  return t.area.driverSentence(
    indicatorLabel(lang, factor.id),
    formatMeasure(lang, fact.value, factor.measure),
    formatNumber(Math.abs(fact.effect), localeOf(lang), digits),
    fact.direction === 'up',
    unit,
  );
}
