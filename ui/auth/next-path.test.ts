import { describe, expect, it } from 'vitest';
import { safeNextPath } from './next-path';

/** The sign-in page's `next` (ui/auth/next-path.ts): paths of this site only. */
describe('safeNextPath', () => {
  it('keeps a path of this site with its query and hash', () => {
    expect(safeNextPath('/map')).toBe('/map');
    expect(safeNextPath('/report?municipality=091&lang=en')).toBe('/report?municipality=091&lang=en');
    expect(safeNextPath('/area/00100?lang=sv#drivers')).toBe('/area/00100?lang=sv#drivers');
    expect(safeNextPath(['/data', '/models'])).toBe('/data');
  });

  it('sends anything else to the front page', () => {
    for (const bad of [
      undefined,
      null,
      42,
      '',
      'map',
      'https://evil.example/map',
      'javascript:alert(1)',
      '//evil.example',
      '//evil.example/map',
      '/\\evil.example',
      '/\\/evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      ' /map',
      '/sign-in',
      '/sign-in?next=/map',
      `/${'a'.repeat(2001)}`,
    ]) {
      expect(safeNextPath(bad), String(bad)).toBe('/');
    }
  });
});
