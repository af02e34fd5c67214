import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { WELLBEING_CSV_HEADER } from '../../models/wellbeing/wellbeing-csv';
import { DIAK_POPULATION, DIAK_SERIES, makeWellbeingRaw, type RowEdit } from '../builders/wellbeing-raw';

/**
 * The wellbeing CLI contract and its leakage test, end to end through the real commands: a temporary raw
 * folder with the shipped wellbeing, StatFin and Sotkanet files, a real ingest, the real CLI (TF.js
 * training included). The leakage test has a positive control: changing data after the origin must
 * change nothing in the output for that origin, and changing data before it must change it.
 */
const tsx = path.resolve('node_modules/.bin/tsx');

function warehouseFrom(raw: string): NodeJS.ProcessEnv {
  const dir = mkdtempSync(path.join(tmpdir(), 'th-wb-'));
  const env = { ...process.env, TILANNEHUONE_DB: path.join(dir, 'warehouse.duckdb'), TILANNEHUONE_RAW: raw };
  execFileSync(tsx, ['workflows/cli/ingest-cli.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  return env;
}

function forecast(env: NodeJS.ProcessEnv, origin: number, horizon: number): string {
  const out = path.join(path.dirname(env.TILANNEHUONE_DB!), `wellbeing-${origin}-${horizon}.csv`);
  execFileSync(
    tsx,
    ['workflows/cli/wellbeing-cli.ts', '--origin', String(origin), '--horizon', String(horizon), '--out', out],
    {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return readFileSync(out, 'utf8');
}

/** The contract's rows, with the quoted indicator title kept whole. */
const rowsOf = (csv: string) =>
  csv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const m = /^(\d{3}),("(?:[^"]|"")*"|[^,]*),(\d{4}),(\d+),([^,]*),([^,]*),([^,]*),(\w+)$/.exec(line);
      if (!m) throw new Error(`not a contract row: ${line}`);
      const [, municipality, title, year, horizon, mean, lo80, hi80, model] = m;
      return {
        municipality,
        title: title.replace(/^"|"$/g, '').replaceAll('""', '"'),
        year: +year,
        horizon: +horizon,
        mean: +mean,
        lo80,
        hi80,
        model,
      };
    });

const scaleAfter =
  (year: number, column: string): RowEdit =>
  (r) => {
    // Whole numbers stay whole (a population of 1.5 people would be refused by the pipeline).
    if (Number(r.aika) > year && r[column] !== 'NA') r[column] = String(Math.round(Number(r[column]) * 1.5) + 7);
  };

let original: NodeJS.ProcessEnv;

describe('npm run wellbeing', () => {
  beforeAll(() => {
    original = warehouseFrom(makeWellbeingRaw());
  }, 300_000);

  it('writes the contract CSV for every municipality and corrective-service indicator published at the origin', () => {
    const csv = forecast(original, 2011, 3);
    expect(csv.split('\n')[0]).toBe(WELLBEING_CSV_HEADER);
    const rows = rowsOf(csv);
    const titles = new Set(rows.map((r) => r.title));
    expect(titles).toContain('0 - 17-vuotiaat lapset, joista on tehty lastensuojeluilmoitus');
    expect(titles).toContain('Kodin ulkopuolelle sijoitetut 0 – 17-vuotiaat');
    expect(titles).toContain(
      'Mielenterveyden häirioihin sairaalahoitoa saaneet 0 - 17-vuotiaat / 1000 vastaavanikaista',
    );
    for (const t of titles) expect(t).not.toMatch(/^\[/);
    expect(new Set(rows.map((r) => `${r.year}|${r.horizon}`))).toEqual(new Set(['2012|1', '2013|2', '2014|3']));
    // The Diak series starts at 2011: every one of its 293 municipalities has a notification value there.
    const notified = rows.filter((r) => r.title.startsWith('0 - 17'));
    expect(new Set(notified.map((r) => r.municipality)).size).toBe(293);
    for (const r of rows) {
      expect(['naive', 'ridge', 'tfjs']).toContain(r.model);
      expect(r.mean).toBeGreaterThanOrEqual(0);
      // A series in its first year has no history to size an interval with: left empty, never invented.
      if (r.lo80 !== '') expect(Number(r.lo80) <= r.mean && r.mean <= Number(r.hi80)).toBe(true);
    }
    expect(notified.every((r) => r.model === 'naive' && r.lo80 === '')).toBe(true);
    const psychiatric = rows.filter((r) => r.title.startsWith('Mielenterveyden'));
    expect(psychiatric.length).toBeGreaterThan(100);
    expect(psychiatric.every((r) => r.lo80 !== '')).toBe(true);
  }, 300_000);

  it('fits on data up to the origin only: changing every later year changes nothing, changing an earlier one does', () => {
    const baseline = forecast(original, 2014, 3);
    expect(rowsOf(baseline).length).toBeGreaterThan(2000);
    const later = warehouseFrom(
      makeWellbeingRaw({ [DIAK_SERIES]: scaleAfter(2014, 'value'), [DIAK_POPULATION]: scaleAfter(2014, 'pop') }),
    );
    expect(forecast(later, 2014, 3)).toBe(baseline);
    // Positive control: the same change one year before the origin moves the forecasts.
    const earlier = warehouseFrom(makeWellbeingRaw({ [DIAK_SERIES]: scaleAfter(2012, 'value') }));
    const moved = rowsOf(forecast(earlier, 2014, 3));
    const before = new Map(rowsOf(baseline).map((r) => [`${r.municipality}|${r.title}|${r.horizon}`, r.mean]));
    const changed = moved.filter((r) => before.get(`${r.municipality}|${r.title}|${r.horizon}`) !== r.mean);
    expect(changed.length).toBeGreaterThan(moved.length / 2);
  }, 600_000);

  it('refuses an origin with no corrective-service data, naming the years that have some', () => {
    expect(() => forecast(original, 2025, 1)).toThrow(
      /no corrective-service indicator is published for 2025; years with data: 1990, .*2017/,
    );
    expect(() => forecast(original, 2015, 9)).toThrow(/--horizon: /);
  }, 120_000);
});
