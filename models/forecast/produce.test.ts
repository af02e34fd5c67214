import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DRIVER_IDS } from '../../domain/forecasting/drivers';
import { truncatePanel, type Panel } from '../core/panel';
import { makeTestPanel } from '../../tests/builders/test-panel';
import { loadNetwork, saveNetwork } from '../network/artefacts';
import { DEFAULT_HYPERPARAMETERS, fitNetwork, type FittedNetwork } from '../network/network-model';
import { PRODUCT_MODEL, type CalibrationSet } from './calibration-set';
import { produceForecast } from './produce';
import type { ResidualAt } from './calibration-set';
import { naive } from '../baselines/simple-baselines';
import { municipalTargets } from './reconcile';
import type { AgeProfile } from './single-age';

const hp = { ...DEFAULT_HYPERPARAMETERS, epochs: 5 };
const horizons = [1, 2, 3];
const profiles: AgeProfile[] = [{ year: 2010, within02: [1 / 3, 1 / 3, 1 / 3], within36: [0.25, 0.25, 0.25, 0.25] }];
const residuals: ResidualAt[] = [2014, 2015, 2016].flatMap((targetYear) =>
  Array.from({ length: 60 }, (_, i) => ({
    ageGroup: i % 2 ? '0-2' : '3-6',
    horizon: 1 + (i % 3),
    sizeClass: i % 3,
    targetYear,
    logError: (i - 30) / 200,
  })),
);
const calibration: CalibrationSet = { selection: {}, residualsByModel: { [PRODUCT_MODEL]: residuals } };
const panel = makeTestPanel();
const origin = 2016;

describe('the product forecast', () => {
  let fitted: FittedNetwork;
  beforeAll(async () => {
    fitted = await fitNetwork(truncatePanel(panel, origin), horizons, hp);
  }, 120_000);

  it('has one row per area, age group (0-2, 3-6, 6) and horizon, never negative, intervals ordered', async () => {
    const { rows, explanations } = await produceForecast(panel, fitted, calibration, profiles, horizons);
    expect(rows).toHaveLength(panel.areas.length * 3 * horizons.length);
    for (const r of rows) {
      expect(r.year).toBe(origin + r.horizon);
      expect(r.mean).toBeGreaterThanOrEqual(0);
      expect(r.lo95).toBeLessThanOrEqual(r.lo80);
      expect(r.lo80).toBeLessThanOrEqual(r.hi80);
      expect(r.hi80).toBeLessThanOrEqual(r.hi95);
      expect(r.lo95).toBeGreaterThanOrEqual(0);
    }
    expect(explanations.length).toBeGreaterThan(0);
    expect(DRIVER_IDS).toContain(explanations[0].driver);
    expect(Number.isFinite(explanations[0].effectPct)).toBe(true);
  });

  it('uses a baseline where it beat the network in the backtest, with its own errors for the interval', async () => {
    const set: CalibrationSet = {
      selection: { '0-2|1': 'naive' },
      residualsByModel: {
        ...calibration.residualsByModel,
        naive: residuals.map((r) => ({ ...r, logError: r.logError / 2 })),
      },
    };
    const { rows, explanations } = await produceForecast(panel, fitted, set, profiles, horizons);
    const chosen = rows.filter((r) => r.ageGroup === '0-2' && r.horizon === 1);
    const expected = await naive.forecast(truncatePanel(panel, origin), origin, [1]);
    expect(chosen.every((r) => r.model === 'naive')).toBe(true);
    for (const r of chosen)
      expect(r.mean).toBeCloseTo(expected.find((e) => e.postalCode === r.postalCode && e.ageGroup === '0-2')!.mean, 6);
    expect(rows.filter((r) => r.ageGroup === '0-2' && r.horizon === 2).every((r) => r.model === PRODUCT_MODEL)).toBe(
      true,
    );
    expect(explanations.find((e) => e.ageGroup === '0-2' && e.year === origin + 1)!.driver).toBe('method:naive');
  });

  it('sums postal areas to the municipal totals', async () => {
    const { rows } = await produceForecast(panel, fitted, calibration, profiles, horizons);
    const targets = await municipalTargets(truncatePanel(panel, origin), origin, horizons);
    for (const [key, target] of targets) {
      const [muni, ageGroup, h] = key.split('|');
      const sum = rows
        .filter((r) => r.municipalityCode === muni && r.ageGroup === ageGroup && r.horizon === Number(h))
        .reduce((s, r) => s + r.mean, 0);
      expect(sum).toBeCloseTo(target, 6);
    }
  });

  it('gives identical forecasts after saving and reloading the network', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'th-model-')), 'v1');
    await saveNetwork(fitted, dir);
    const reloaded = await loadNetwork(dir);
    const a = await produceForecast(panel, fitted, calibration, profiles, horizons);
    const b = await produceForecast(panel, reloaded, calibration, profiles, horizons);
    expect(b.rows).toEqual(a.rows);
  });

  it('is not influenced by anything after the origin (no leakage)', async () => {
    const tampered: Panel = {
      ...panel,
      areas: panel.areas.map((a) => ({
        ...a,
        byYear: new Map([...a.byYear].map(([y, r]) => [y, y > origin ? { ...r, c02: 9999, c36: 0, total: 1 } : r])),
      })),
    };
    const refit = await fitNetwork(truncatePanel(tampered, origin), horizons, hp);
    const late = residuals.map((r) => ({ ...r, targetYear: r.targetYear + 10, logError: 5 }));
    const a = await produceForecast(panel, fitted, calibration, profiles, horizons);
    const lateSet = { selection: {}, residualsByModel: { [PRODUCT_MODEL]: [...residuals, ...late] } };
    const b = await produceForecast(
      tampered,
      refit,
      lateSet,
      [...profiles, { ...profiles[0], year: 2030, within36: [0.7, 0.1, 0.1, 0.1] }],
      horizons,
    );
    expect(b.rows).toEqual(a.rows);
  }, 120_000);
});
