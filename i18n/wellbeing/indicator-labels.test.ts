import { describe, expect, it } from 'vitest';
import { explanationFacts } from '../../domain/wellbeing/explanation-facts';
import { indicatorById, INDICATORS } from '../../domain/wellbeing/indicator-catalogue';
import { describeFact } from './explain';
import { formatIndex, formatMeasure, indicatorLabel, statusText } from './index';

describe('wellbeing words in three languages', () => {
  it('name every catalogue indicator in Finnish, Swedish and English', () => {
    for (const lang of ['fi', 'sv', 'en'] as const)
      for (const i of INDICATORS) expect(indicatorLabel(lang, i.id), `${lang} ${i.id}`).not.toBe(i.id);
  });

  it('explain a driver in each language in the outcome’s own units', () => {
    const [fact] = explanationFacts([{ factor: 'diak_low_income_rate_index', value: 140, effect: 6.2 }]);
    const factor = indicatorById('diak_low_income_rate_index')!;
    const outcome = indicatorById('diak_child_welfare_notifications_0_17_index')!;
    expect(describeFact('fi', fact, factor, outcome)).toBe(
      'Pienituloisuusaste (140) liittyy noin 6,2 pistettä suurempaan arvoon kuin keskimääräisessä kunnassa.',
    );
    expect(describeFact('en', fact, factor, outcome)).toBe(
      'At-risk-of-poverty rate (140) goes with a value about 6.2 points higher than in the average municipality.',
    );
    expect(describeFact('sv', fact, factor, indicatorById('sotkanet_social_assistance_recipients_pct')!)).toContain(
      'procentenheter högre',
    );
  });

  it('format values, index values and withheld figures', () => {
    expect(formatMeasure('fi', 12.34, 'percent')).toBe('12,3 %');
    expect(formatIndex('en', 0.4234)).toBe('+0.42');
    expect(formatIndex('fi', -1.1)).toBe('−1,10');
    expect(statusText('sv', 'under_minimum', { minimum: 1000, small: 5 })).toBe('befolkning under 1000');
    expect(statusText('en', 'small', { minimum: 1000, small: 5 })).toBe('under 5');
  });
});
