import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRows, withAnalytics } from '../../core/warehouse/with-warehouse';
import { FORECAST_CSV_HEADER } from '../../models/forecast/forecast-csv';

/**
 * The forecast CLI contract, end to end through the real commands on a small real warehouse
 * (Helsinki's 84 postal areas, 2018-2021 Paavo releases): ingest, train, forecast.
 */
const root = mkdtempSync(path.join(tmpdir(), 'th-cli-'));
const rawDir = path.join(root, 'raw');
const env = { ...process.env, TILANNEHUONE_DB: path.join(root, 'warehouse.duckdb'), TILANNEHUONE_RAW: rawDir };
const files = { warehouse: env.TILANNEHUONE_DB, derived: path.join(root, 'derived.duckdb') };
const tsx = path.resolve('node_modules/.bin/tsx');
const run = (script: string, args: string[] = []) =>
  execFileSync(tsx, [script, ...args], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const SUBSET = [
  'paavo/release-2020-year-2018/postinumeroaineisto_helsinki.csv.gz',
  'paavo/helsinki-12f7/009_12f7_2020_all.csv.gz',
  'paavo/helsinki-12f7/009_12f7_2021_all.csv.gz',
  'helsinki-areas/projection-inputs-2019/helsinki_population_by_osaalue_single_age_sex_20191231.csv.gz',
];

describe('npm run forecast', () => {
  beforeAll(() => {
    for (const rel of SUBSET) {
      mkdirSync(path.dirname(path.join(rawDir, rel)), { recursive: true });
      copyFileSync(path.resolve('data/raw', rel), path.join(rawDir, rel));
    }
    run('workflows/cli/ingest-cli.ts');
    run('workflows/cli/train-cli.ts');
  }, 600_000);

  it('writes the contract CSV for every area with data at the origin, fitted on data up to the origin', async () => {
    const out = path.join(root, 'f2020.csv');
    run('workflows/cli/forecast-cli.ts', ['--origin', '2020', '--horizon', '2', '--out', out]);
    const [header, ...lines] = readFileSync(out, 'utf8').trim().split('\n');
    expect(header).toBe(FORECAST_CSV_HEADER);
    const rows = lines.map((l) => l.split(','));
    expect(new Set(rows.map((r) => r[0])).size).toBe(84);
    expect(new Set(rows.map((r) => r[2]))).toEqual(new Set(['0-2', '3-6', '6']));
    expect(new Set(rows.map((r) => `${r[3]}|${r[4]}`))).toEqual(new Set(['2021|1', '2022|2']));
    expect(rows).toHaveLength(84 * 3 * 2);
    for (const r of rows) {
      const [mean, lo80, hi80, lo95, hi95] = r.slice(5, 10).map(Number);
      expect(mean).toBeGreaterThanOrEqual(0);
      expect(lo95 <= lo80 && lo80 <= hi80 && hi80 <= hi95).toBe(true);
    }
    expect(rows[0][11]).toMatch(/-refit-2020$/);
    // Stored as an experiment run of its own: the dashboard's active forecasts are untouched.
    const [stored, shown] = await withAnalytics(files, async (c) => [
      await readRows(
        c,
        `SELECT kind, origin, rows::INTEGER AS rows FROM public_forecast_runs WHERE model_version = $v`,
        {
          v: rows[0][11],
        },
      ),
      await readRows(c, 'SELECT DISTINCT origin FROM active_forecasts'),
    ]);
    expect(stored).toEqual([{ kind: 'experiment', origin: 2020, rows: rows.length }]);
    expect(shown).toEqual([{ origin: 2021 }]);
  }, 300_000);

  it('defaults to the latest year with the trained model, and refuses a year without data', () => {
    const csv = run('workflows/cli/forecast-cli.ts', ['--horizon', '1']);
    const lines = csv.trim().split('\n');
    expect(lines[1]).toMatch(/^\d{5},091,0-2,2022,1,/);
    expect(() => run('workflows/cli/forecast-cli.ts', ['--origin', '2019'])).toThrow(
      /no published postal data for 2019/,
    );
  }, 300_000);
});
