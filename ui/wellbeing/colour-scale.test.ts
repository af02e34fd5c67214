import { describe, expect, it } from 'vitest';
import { indexScale, NO_VALUE, quantileScale, relativeScale, textColourOn } from './colour-scale';

describe('wellbeing colours', () => {
  it('colours the index blue below and red above the average area, grey when withheld', () => {
    const s = indexScale();
    expect(s.colour(-2)).toBe('#2166ac');
    expect(s.colour(0)).toBe('#f7f7f7');
    expect(s.colour(2)).toBe('#b2182b');
    expect(s.colour(null)).toBe(NO_VALUE);
  });

  it('centres a relative index on the median municipality', () => {
    expect(relativeScale().colour(100)).toBe('#f7f7f7');
    expect(relativeScale().colour(140)).toBe('#b2182b');
  });

  it('splits rates at their quantiles', () => {
    const s = quantileScale(Array.from({ length: 60 }, (_, i) => i));
    expect(s.classes).toHaveLength(6);
    expect(s.colour(0)).not.toBe(s.colour(59));
  });

  it('writes black on light colours and white on dark ones', () => {
    expect(textColourOn('#f7f7f7')).toBe('#000000');
    expect(textColourOn('#2166ac')).toBe('#ffffff');
    expect(textColourOn('#b2182b')).toBe('#ffffff');
  });
});
