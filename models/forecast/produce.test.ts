import { describe, expect, it } from 'vitest';
import { DRIVER_IDS } from '../../domain/forecasting/drivers';
import { PRODUCT_MODEL } from '../../domain/forecasting/methods';
import { makeCohortPanel } from '../../tests/builders/cohort-panel';
import type { Panel } from '../core/panel';
import { forecastFromOrigin } from '../training/forecast-from-origin';

const panel = makeCohortPanel(24);
const long = makeCohortPanel(12, [1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002], 'osa-');
const origin = 2014;
const horizons = [1, 2, 3];

/** The panel with every value of one year multiplied (a change of the data, nothing else). */
function tampered(p: Panel, year: number, factor: number): Panel {
  return {
    ...p,
    areas: p.areas.map((a) => ({
      ...a,
      byYear: new Map(
        [...a.byYear].map(([y, r]) => [
          y,
          y === year ? { ...r, c02: Math.round(r.c02! * factor), c36: Math.round(r.c36! * factor) } : r,
        ]),
      ),
    })),
  };
}

const csvOf = (
  rows: { postalCode: string; ageGroup: string; year: number; mean: number; lo80: number; hi95: number }[],
) =>
  rows
    .map(
      (r) => `${r.postalCode}|${r.ageGroup}|${r.year}|${r.mean.toFixed(6)}|${r.lo80.toFixed(6)}|${r.hi95.toFixed(6)}`,
    )
    .sort()
    .join('\n');

describe('the product forecast from an origin', () => {
  it('has one row per area, age group (0-2, 3-6, 6) and horizon, never negative, intervals ordered, drivers named', async () => {
    const { rows, explanations, network } = await forecastFromOrigin(panel, long, origin, horizons);
    network.model.dispose();
    expect(rows).toHaveLength(panel.areas.length * 3 * horizons.length);
    for (const r of rows) {
      expect(r.model).toBe(PRODUCT_MODEL);
      expect(r.year).toBe(origin + r.horizon);
      expect(r.mean).toBeGreaterThanOrEqual(0);
      expect(r.lo95 <= r.lo80 && r.lo80 <= r.mean && r.mean <= r.hi80 && r.hi80 <= r.hi95).toBe(true);
    }
    expect(explanations.length).toBeGreaterThan(0);
    for (const e of explanations) expect(DRIVER_IDS).toContain(e.driver);
  }, 120_000);

  it('cannot see the future: data after the origin changes nothing, data before it does (fit, combination, intervals)', async () => {
    const base = await forecastFromOrigin(panel, long, origin, horizons);
    const later = await forecastFromOrigin(tampered(panel, origin + 1, 1.5), long, origin, horizons);
    const earlier = await forecastFromOrigin(tampered(panel, origin - 2, 1.5), long, origin, horizons);
    for (const f of [base, later, earlier]) f.network.model.dispose();
    expect(csvOf(later.rows)).toBe(csvOf(base.rows));
    expect(csvOf(earlier.rows)).not.toBe(csvOf(base.rows));
  }, 240_000);
});
