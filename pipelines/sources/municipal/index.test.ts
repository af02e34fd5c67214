import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEY_FIGURE_VARIABLES, MUNICIPAL_VARIABLES } from '../../catalogue/municipal-variables';
import { SOURCES } from '../../registry';
import { MUNICIPAL_SOURCES } from './index';
import { SOTKANET_INDICATORS } from './sotkanet-indicator-titles';

const rawRoot = path.resolve('data/raw');
const shipped = (readdirSync(path.join(rawRoot, 'municipal'), { recursive: true }) as string[])
  .map((rel) => `municipal/${rel.split(path.sep).join('/')}`)
  .filter((rel) => rel.endsWith('.gz'));

describe('municipal sources', () => {
  it('each shipped municipal file goes to exactly one municipal source', () => {
    expect(shipped.length).toBe(10);
    for (const rel of shipped) {
      expect(
        MUNICIPAL_SOURCES.filter((s) => s.matches(rel)).map((s) => s.id),
        rel,
      ).toHaveLength(1);
      expect(MUNICIPAL_SOURCES).toContain(SOURCES.find((s) => s.matches(rel)));
    }
  });

  it('have distinct ids', () => {
    expect(new Set(MUNICIPAL_SOURCES.map((s) => s.id)).size).toBe(MUNICIPAL_SOURCES.length);
  });

  it('document every code once, with the 45 Sotkanet titles each mapped to its own code', () => {
    const codes = MUNICIPAL_VARIABLES.map((v) => v.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(SOTKANET_INDICATORS).toHaveLength(45);
    expect(new Set(SOTKANET_INDICATORS.map((v) => v.fi)).size).toBe(45);
    for (const v of MUNICIPAL_VARIABLES) expect(v.code, v.code).toMatch(/^[a-z][a-z0-9_]*$/);
    // Signed variables must not use a count unit: the non-negative-counts check would reject them.
    const signed = [...KEY_FIGURE_VARIABLES, ...SOTKANET_INDICATORS].filter((v) => v.signed);
    expect(signed.map((v) => v.code)).toContain('natural_increase');
    for (const v of signed)
      expect(['persons', 'households', 'dwellings', 'buildings', 'workplaces', 'count'], v.code).not.toContain(v.unit);
  });
});
