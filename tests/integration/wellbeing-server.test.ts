import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_POPULATION } from '../../domain/wellbeing/disclose-wellbeing';
import { fetchAreaProfile } from '../../server/wellbeing/area-profile';
import { fetchComparison } from '../../server/wellbeing/comparison';
import { fetchDistricts } from '../../server/wellbeing/districts';
import { fetchMethodFacts } from '../../server/wellbeing/method';
import { fetchWellbeingOverview } from '../../server/wellbeing/overview';
import { fetchPostalIndexMap } from '../../server/wellbeing/postal-map';
import { warehouse } from '../../server/warehouse/warehouse';
import { refreshWellbeing } from '../../workflows/wellbeing/refresh-wellbeing';
import { makeWellbeingRaw, PROFILE_RAW_FILES } from '../builders/wellbeing-raw';

/**
 * The wellbeing wing from the warehouse to what the web answers, on a real warehouse built from shipped
 * files and a real refresh (demand models with TF.js included): the derived tables, the freshness rule,
 * and disclosure control on every answer the pages use.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'th-wb-server-'));
const saved = { db: process.env.TILANNEHUONE_DB, raw: process.env.TILANNEHUONE_RAW };

beforeAll(async () => {
  process.env.TILANNEHUONE_RAW = makeWellbeingRaw({}, undefined, PROFILE_RAW_FILES);
  process.env.TILANNEHUONE_DB = path.join(dir, 'warehouse.duckdb');
  execFileSync(path.resolve('node_modules/.bin/tsx'), ['workflows/cli/ingest-cli.ts'], {
    env: process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const first = await refreshWellbeing({ log: () => {} });
  expect(first).toEqual({ computed: true, reason: 'nothing has been computed yet' });
}, 600_000);

afterAll(async () => {
  await warehouse.close();
  process.env.TILANNEHUONE_DB = saved.db;
  process.env.TILANNEHUONE_RAW = saved.raw;
});

describe('the wellbeing refresh and what the web answers', () => {
  it('does nothing when the data, code and threshold are unchanged', async () => {
    expect(await refreshWellbeing({ log: () => {} })).toEqual({
      computed: false,
      reason: 'the wellbeing tables are up to date',
    });
  });

  it('answers the overview with every municipality, withholding the index of one under the minimum', async () => {
    const o = (await fetchWellbeingOverview({ horizon: 1 }))!;
    expect(o.years).toEqual([2011, 2012, 2013, 2014, 2015, 2016, 2017]);
    expect(o.tiles.length).toBeGreaterThan(280);
    expect(o.outcomes.map((x) => x.id)).toContain('sotkanet_psychiatric_inpatients_0_17_per_1000');
    for (const tile of o.tiles) {
      expect(tile.index.value === null).toBe(tile.index.status !== 'ok');
      if (tile.population !== null) expect(tile.population).toBeGreaterThanOrEqual(MIN_POPULATION.municipality);
      if (tile.demand) expect(tile.demand.mean === null).toBe(tile.demand.status !== 'ok');
    }
    const helsinki = o.tiles.find((t) => t.code === '091')!;
    expect(helsinki.index.status).toBe('ok');
    expect(helsinki.demand).toMatchObject({ year: 2018, horizon: 1, status: 'ok' });
    expect(o.mapMunicipalities.map((m) => m.code)).toEqual(['091']);
  });

  it('profiles Helsinki: index beside Uusimaa and the country, its parts, forecasts, drivers and what-if slopes', async () => {
    const p = (await fetchAreaProfile('091'))!;
    expect(p.group).toMatchObject({ kind: 'region', code: '01' });
    expect(p.indexSeries.map((x) => x.year)).toEqual([2011, 2012, 2013, 2014, 2015, 2016, 2017]);
    for (const x of p.indexSeries) expect(x.group !== null && x.country !== null).toBe(true);
    const parts = p.contributions.reduce((s, c) => s + (c.contribution ?? 0), 0);
    expect(parts).toBeCloseTo(p.index.value!, 9);
    const notifications = p.outcomes.find((x) => x.indicator === 'diak_child_welfare_notifications_0_17_index')!;
    expect(notifications.forecasts.map((f) => f.year)).toEqual([2018, 2019, 2020, 2021, 2022]);
    expect(notifications.drivers.length).toBeGreaterThan(0);
    expect(notifications.drivers.length).toBeLessThanOrEqual(6);
    expect(notifications.association!.factors.length).toBeGreaterThan(5);
    const low = notifications.association!.factors.find((f) => f.factor === 'diak_low_income_rate_index')!;
    expect(low.current).toBe(
      p.values.find((v) => v.indicator === 'diak_low_income_rate_index' && v.year === 2017)!.value,
    );
    expect(p.postalAreas.length).toBeGreaterThan(70);
  });

  it('shows no figure of a postal area under the minimum, nor a share resting on fewer than five people', async () => {
    const map = (await fetchPostalIndexMap('091'))!;
    expect(map.year).toBe(2016);
    const cells = Object.values(map.cells);
    expect(cells.length).toBeGreaterThan(70);
    for (const c of cells) expect(c.v === null).toBe(c.st !== 'ok');
    const tiny = (await fetchAreaProfile('00230'))!;
    expect(tiny.population.value).toBeNull();
    for (const v of tiny.values) expect(v.value).toBeNull();
    const somewhere = await fetchAreaProfile('99980');
    for (const v of somewhere?.values ?? []) if (v.status !== 'ok') expect(v.value).toBeNull();
  });

  it("compares municipalities, lists Helsinki's districts with their workload and gives the method's facts", async () => {
    const c = await fetchComparison(['091', '049', '999'], 3);
    expect(c.municipalities.map((m) => m.code)).toEqual(['091', '049']);
    expect(c.municipalities[0].expected.diak_child_welfare_notifications_0_17_index).toMatchObject({ year: 2020 });
    const d = (await fetchDistricts())!;
    expect(d.rows).toHaveLength(34);
    for (const r of d.rows) if (r.clients.value !== null) expect(r.workers).toBe(Math.ceil(r.clients.value / 30));
    const m = (await fetchMethodFacts())!;
    expect(m.backtest.filter((b) => b.model === 'selected').length).toBeGreaterThanOrEqual(15);
    expect(m.indicators.find((i) => i.id === 'diak_placed_outside_home_0_17_index')!.observed).toMatchObject({
      observed_from: 2011,
      observed_to: 2017,
    });
  });
});
