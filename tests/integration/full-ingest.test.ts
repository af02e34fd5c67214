import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRows, withReadOnlyWarehouse } from '../../core/warehouse/with-warehouse';
import { runIngest } from '../../pipelines/core/run-ingest';
import { SOURCES } from '../../pipelines/registry';
import { sumRawPaavo } from './raw-sums';

const rawDir = path.resolve('data/raw');
const dbPath = path.join(mkdtempSync(path.join(tmpdir(), 'th-full-')), 'warehouse.duckdb');
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

const query = async (sql: string) =>
  (await withReadOnlyWarehouse(dbPath, (c) => readRows(c, sql))) as Record<string, unknown>[];

describe('full ingest of the shipped open data', () => {
  beforeAll(async () => {
    const result = await runIngest({ rawDir, dbPath, sources: SOURCES });
    expect(result.changed).toBe(true);
  }, 300_000);

  it('has the 84 Helsinki postal areas with 0-2 and 3-6 for 2013-2018, 2020 and 2021', async () => {
    // Every area has a row; 00230 (the postal centre, almost no residents) is withheld by the source
    // in some years and must stay withheld, never become 0.
    const rows = await query(`
      SELECT year, age_group, count(DISTINCT postal_code)::INTEGER AS areas,
             count(DISTINCT postal_code) FILTER (NOT suppressed)::INTEGER AS published
      FROM public_postal_population
      WHERE municipality_code = '091' AND age_group IN ('0-2', '3-6') GROUP BY ALL ORDER BY ALL`);
    const byKey = Object.fromEntries(rows.map((r) => [`${r.year}|${r.age_group}`, r]));
    for (const year of [2013, 2014, 2015, 2016, 2017, 2018, 2020, 2021]) {
      for (const group of ['0-2', '3-6']) {
        expect(byKey[`${year}|${group}`]?.areas, `${group} in ${year}`).toBe(84);
        expect(byKey[`${year}|${group}`]?.published as number, `${group} published in ${year}`).toBeGreaterThanOrEqual(
          83,
        );
      }
    }
  });

  it('has at least 3,000 postal areas in every year 2013-2017', async () => {
    const rows = await query(`
      SELECT year, count(DISTINCT postal_code)::INTEGER AS areas FROM public_postal_population
      WHERE age_group = 'total' AND year BETWEEN 2013 AND 2017 GROUP BY year ORDER BY year`);
    expect(rows.map((r) => r.year)).toEqual([2013, 2014, 2015, 2016, 2017]);
    for (const r of rows) expect(r.areas as number).toBeGreaterThanOrEqual(3000);
  });

  it('sums children per year and age group exactly as the raw files do', async () => {
    const raw = sumRawPaavo(rawDir);
    const rows = await query(`
      SELECT year, age_group, sum(persons)::BIGINT AS persons, count(persons)::INTEGER AS areas FROM public_postal_population
      WHERE age_group IN ('0-2', '3-6') GROUP BY ALL ORDER BY ALL`);
    expect(rows.length).toBe(Object.keys(raw).length);
    for (const r of rows) {
      const expected = raw[`${r.year}|${r.age_group}`];
      expect(Number(r.persons), `${r.year} ${r.age_group}`).toBe(expected.persons);
      expect(r.areas, `${r.year} ${r.age_group} areas`).toBe(expected.areas.size);
    }
  });

  it('keeps suppressed values as NULL with a flag, never zero', async () => {
    const [row] = await query(
      `SELECT count(*)::INTEGER AS bad FROM public_postal_population WHERE suppressed AND persons IS NOT NULL`,
    );
    expect(row.bad).toBe(0);
    const [s] = await query(`SELECT count(*)::INTEGER AS n FROM public_postal_population WHERE suppressed`);
    expect(s.n as number).toBeGreaterThan(0);
  });

  it('records lineage for every shipped data file', async () => {
    const rows = await query(`SELECT file, sha256, rows, licence FROM public_lineage`);
    for (const r of rows) {
      expect(r.sha256).toBe(sha(path.join(rawDir, r.file as string)));
      expect(Number(r.rows)).toBeGreaterThan(0);
      expect(r.licence).toBe('CC BY 4.0');
    }
  });

  it('a re-run with unchanged inputs changes nothing', async () => {
    const before = sha(dbPath);
    const result = await runIngest({ rawDir, dbPath, sources: SOURCES });
    expect(result.changed).toBe(false);
    expect(sha(dbPath)).toBe(before);
  });
});
