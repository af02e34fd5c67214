import { describe, expect, it } from 'vitest';
import { discloseCount, disclosureStatus, formatCount, isDisclosable } from './disclosure';

const labels = { suppressed: 'suppressed', missing: 'no data' };

describe('disclosure control', () => {
  it('a count the source suppressed reads "suppressed", never 0', () => {
    expect(formatCount(null, { suppressed: true, locale: 'en', labels })).toBe('suppressed');
    expect(formatCount(0, { suppressed: true, locale: 'en', labels })).toBe('suppressed');
    expect(discloseCount(null, true)).toEqual({ value: null, status: 'suppressed' });
  });

  it('counts below five read "<5" and their number is removed', () => {
    expect(formatCount(4, { locale: 'en', labels })).toBe('<5');
    expect(formatCount(0, { locale: 'en', labels })).toBe('<5');
    expect(formatCount(4.99, { locale: 'en', labels })).toBe('<5');
    expect(discloseCount(3)).toEqual({ value: null, status: 'small' });
    expect(isDisclosable(4)).toBe(false);
  });

  it("five and more are shown, rounded, in the reader's locale", () => {
    expect(isDisclosable(5)).toBe(true);
    expect(formatCount(5, { locale: 'en', labels })).toBe('5');
    expect(formatCount(1234.4, { locale: 'en', labels })).toBe('1,234');
    expect(formatCount(1234.4, { locale: 'fi', labels }).replace(/\s/g, ' ')).toBe('1 234');
  });

  it('a missing figure is "no data", distinct from suppressed', () => {
    expect(disclosureStatus(null)).toBe('missing');
    expect(formatCount(undefined, { locale: 'en', labels })).toBe('no data');
  });

  it('a caller cannot print a small number by claiming status ok', () => {
    expect(formatCount(2, { status: 'ok', locale: 'en', labels })).toBe('<5');
  });
});
