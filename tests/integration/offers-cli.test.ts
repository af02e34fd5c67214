import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COHORT_COLUMNS } from '../../domain/offers/cohort-row';
import { CONTRACT_RULES } from '../../domain/offers/rules';
import { UNIT_COLUMNS } from '../../domain/planning/unit';

/**
 * The stable contract of `npm run offers -- propose` (issue 12), run as other tools run it: a real
 * process on real files, no database. Good files give one row per child with the contract's columns;
 * a bad cell exits non-zero with `file:line:field: reason` and leaves the output untouched.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'th-offers-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const unitRow = (id: string, lon: number, lat: number, language: string, places: number) =>
  [
    id,
    `Päiväkoti ${id}`,
    '',
    language,
    'municipal',
    lon,
    lat,
    '00100',
    '091',
    10,
    60,
    '',
    1990,
    '',
    'true',
    'true',
    places,
  ].join(',');
const UNITS = [
  [...UNIT_COLUMNS, 'preschool_places'].join(','),
  unitRow('U-FI-1', 24.94, 60.17, 'fi', 2),
  unitRow('U-FI-2', 24.96, 60.18, 'fi', 13),
  unitRow('U-SV-1', 24.93, 60.16, 'sv', 1),
].join('\n');

const childRow = (id: string, language: string, current = '', lat = '60.171') =>
  [id, 2021, '00100', '24.941', lat, language, current, '', 'false', 'false', 'fi', '040 123 4567', ''].join(',');
const COHORT = [
  COHORT_COLUMNS.join(','),
  childRow('C1', 'fi', 'U-FI-1'),
  childRow('C2', 'fi'),
  childRow('C3', 'fi'),
  childRow('C4', 'sv'),
  childRow('C5', 'sv'),
].join('\n');

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

function propose(cohort: string, units: string, out: string) {
  return spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'workflows/cli/offers-cli.ts',
      'propose',
      '--cohort',
      cohort,
      '--units',
      units,
      '--year',
      '2027',
      '--out',
      out,
    ],
    { encoding: 'utf8', env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' } },
  );
}

const parse = (csv: string) => {
  const [header, ...rows] = csv.trimEnd().split('\n');
  return { header, rows: rows.map((r) => r.split(',')) };
};

describe('npm run offers -- propose', () => {
  it("writes one row per child in the contract's columns, without touching any database", () => {
    const out = path.join(dir, 'proposals.csv');
    const run = propose(write('cohort.csv', COHORT), write('units.csv', UNITS), out);
    expect(run.status, run.stderr).toBe(0);
    const { header, rows } = parse(readFileSync(out, 'utf8'));
    expect(header).toBe('child_id,unit_id,distance_km,rule,reason_fi,reason_sv,reason_en');
    expect(rows.map((r) => r[0])).toEqual(['C1', 'C2', 'C3', 'C4', 'C5']);
    for (const r of rows) expect(CONTRACT_RULES).toContain(r[3]);
    const by = Object.fromEntries(rows.map((r) => [r[0], r]));
    expect(by.C1.slice(1, 4)).toEqual(['U-FI-1', expect.any(String), 'continuity']);
    // One Swedish place for two Swedish-speaking children: one is left without, unit empty, rule unplaced.
    const sv = [by.C4, by.C5];
    expect(sv.filter((r) => r[1] === 'U-SV-1')).toHaveLength(1);
    expect(sv.find((r) => r[1] === '')![3]).toBe('unplaced');
    expect(sv.find((r) => r[1] === '')![2]).toBe('');
  });

  it('re-running it gives the same file, byte for byte', () => {
    const a = path.join(dir, 'a.csv');
    const b = path.join(dir, 'b.csv');
    expect(propose(path.join(dir, 'cohort.csv'), path.join(dir, 'units.csv'), a).status).toBe(0);
    expect(propose(path.join(dir, 'cohort.csv'), path.join(dir, 'units.csv'), b).status).toBe(0);
    expect(readFileSync(b, 'utf8')).toBe(readFileSync(a, 'utf8'));
  });

  it('a bad cell exits non-zero with file:line:field: reason and changes nothing', () => {
    const out = path.join(dir, 'kept.csv');
    writeFileSync(out, 'previous\n');
    const bad = write('bad-cohort.csv', COHORT.replace(childRow('C2', 'fi'), childRow('C2', 'fi', '', '45.1')));
    const run = propose(bad, path.join(dir, 'units.csv'), out);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(`${bad}:3:lat: latitude outside Finland`);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(out, 'utf8')).toBe('previous\n');
  });

  it('refuses a units file without pre-school places, an unknown current unit and a child of another cohort', () => {
    const out = path.join(dir, 'never.csv');
    const noPlaces = write('no-places.csv', UNITS.replace(',preschool_places', '').replace(/,(\d+)$/gm, ''));
    expect(propose(path.join(dir, 'cohort.csv'), noPlaces, out).stderr).toContain(
      `${noPlaces}:1:preschool_places: required column is missing`,
    );
    const unknown = write('unknown.csv', COHORT.replace(childRow('C2', 'fi'), childRow('C2', 'fi', 'U-NOPE')));
    expect(propose(unknown, path.join(dir, 'units.csv'), out).stderr).toContain(
      `${unknown}:3:current_unit_id: unknown unit 'U-NOPE'`,
    );
    const older = write('older.csv', COHORT.replace('C3,2021', 'C3,2019'));
    expect(propose(older, path.join(dir, 'units.csv'), out).stderr).toContain(`${older}:4:birth_year: born 2019`);
    expect(existsSync(out)).toBe(false);
  });
});
