import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRows, withAnalytics } from '../../core/warehouse/with-warehouse';
import { FORECAST_CSV_HEADER } from '../../models/forecast/forecast-csv';

/**
 * The forecast CLI contract, end to end through the real commands on a small real warehouse
 * (Helsinki's 84 postal areas, 2018-2021 Paavo releases, the sub-district single ages 1991-2009 and
 * the municipal births): ingest, forecast on the fresh warehouse, train, forecast again.
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
  'helsinki-areas/aluesarjat-1962-2010/helsinki_population_single_age_by_area_mothertongue_sex_1992_2010.csv.gz',
  'municipal/births-and-key-figures/syntyneet_lapset_2000_2017.csv.gz',
  'municipal/births-and-key-figures/kunta_maakunta_yhteys.csv.gz',
];

describe('npm run forecast', () => {
  beforeAll(() => {
    for (const rel of SUBSET) {
      mkdirSync(path.dirname(path.join(rawDir, rel)), { recursive: true });
      copyFileSync(path.resolve('data/raw', rel), path.join(rawDir, rel));
    }
    run('workflows/cli/ingest-cli.ts');
  }, 600_000);

  it('works on a fresh warehouse: fits what it needs on data up to the origin, intervals filled and ordered', async () => {
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
      const cells = r.slice(5, 10);
      expect(
        cells.every((c) => c !== ''),
        r.join(','),
      ).toBe(true);
      const [mean, lo80, hi80, lo95, hi95] = cells.map(Number);
      expect(mean).toBeGreaterThanOrEqual(0);
      expect(lo95 <= lo80 && lo80 <= mean && mean <= hi80 && hi80 <= hi95).toBe(true);
    }
    expect(rows[0][10]).toBe('combined');
    expect(rows[0][11]).toBe('experiment-2020');
    run('workflows/cli/train-cli.ts');
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

  it('defaults to the latest year, and refuses a year without data or a horizon no backtest scored', () => {
    const csv = run('workflows/cli/forecast-cli.ts', ['--horizon', '1']);
    const lines = csv.trim().split('\n');
    expect(lines[1]).toMatch(/^\d{5},091,0-2,2022,1,/);
    expect(() => run('workflows/cli/forecast-cli.ts', ['--origin', '2019'])).toThrow(
      /no published postal data for 2019/,
    );
    expect(() => run('workflows/cli/forecast-cli.ts', ['--horizon', '6'])).toThrow(
      /--horizon: the backtest scores horizons 1-5 only/,
    );
  }, 300_000);
});
