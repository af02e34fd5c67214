import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computePlan } from './engine';
import { fixtureParameters, fixtureUnit, forecast, history } from '../../tests/builders/plan-fixtures';
import type { PlanArea, PlanInputs, PlanRow } from './plan-types';
import { parseScenario } from './scenario';

/** Random municipality: up to 6 areas around Helsinki centre, random children, 0-5 units. */
const areaArb = fc.record({
  dLon: fc.double({ min: 0, max: 0.1, noNaN: true }),
  dLat: fc.double({ min: 0, max: 0.05, noNaN: true }),
  c02: fc.integer({ min: 0, max: 400 }),
  c36: fc.integer({ min: 0, max: 500 }),
  factor: fc.double({ min: 0.9, max: 1.1, noNaN: true }),
});
const unitArb = fc.record({
  area: fc.nat(),
  under3: fc.integer({ min: 0, max: 60 }),
  plus3: fc.integer({ min: 0, max: 150 }),
  closing: fc.option(fc.integer({ min: 2021, max: 2027 }), { nil: null }),
});
const inputsArb = fc
  .record({ areas: fc.array(areaArb, { minLength: 1, maxLength: 6 }), units: fc.array(unitArb, { maxLength: 5 }) })
  .map(({ areas, units }): PlanInputs => {
    const planAreas: PlanArea[] = areas.map((a, i) => ({
      postalCode: `00${String(i + 1).padStart(2, '0')}0`,
      municipalityCode: '091',
      point: { lon: 24.9 + a.dLon, lat: 60.15 + a.dLat },
      participationFactor: a.factor,
      dwellingSizeM2: 70,
      years: [
        history(2020, a.c02, a.c36),
        history(2021, a.c02, a.c36),
        ...[2022, 2023, 2024, 2025].map((y) => forecast(y, a.c02 * (1 + (y - 2021) / 20), a.c36, a.c36 / 4)),
      ],
    }));
    return {
      areas: planAreas,
      parameters: new Map([
        ['091', fixtureParameters('091')],
        ['SSS', fixtureParameters('SSS')],
      ]),
      units: units.map((u, j) => {
        const at = planAreas[u.area % planAreas.length];
        return fixtureUnit(`U${j}`, at.postalCode, at.point!.lon + 0.001, at.point!.lat, u.under3, u.plus3, {
          closingYear: u.closing,
        });
      }),
      config: {},
    };
  });

const key = (r: PlanRow) => `${r.postalCode}|${r.year}`;
const byKey = (rows: PlanRow[]) => new Map(rows.map((r) => [key(r), r]));

describe('planning engine properties', () => {
  it('an empty scenario equals the baseline', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const baseline = computePlan(inputs);
        const empty = computePlan(inputs, parseScenario({ name: 'empty' }));
        expect(empty).toEqual(baseline.map((r) => ({ ...r, scenario: 'empty' })));
      }),
      { numRuns: 60 },
    );
  });

  it('more births never lower demand', () => {
    fc.assert(
      fc.property(
        inputsArb,
        fc.double({ min: -50, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (inputs, pct, more) => {
          const low = byKey(computePlan(inputs, parseScenario({ name: 'low', births: { pct } })));
          const high = computePlan(inputs, parseScenario({ name: 'high', births: { pct: pct + more } }));
          for (const h of high) {
            const l = low.get(key(h))!;
            for (const field of [
              'demandUnder3',
              'demand3plusFullday',
              'demand3plusPartday',
              'demandPreschool',
              'demandTotal',
              'demandTotalHi80',
            ] as const) {
              if (l[field] !== null) expect(h[field]!).toBeGreaterThanOrEqual(l[field]!);
            }
            if (l.staffEducators !== null) expect(h.staffEducators!).toBeGreaterThanOrEqual(l.staffEducators);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('closing a unit never lowers a gap', () => {
    fc.assert(
      fc.property(inputsArb, fc.nat(), fc.integer({ min: 2020, max: 2025 }), (inputs, pick, year) => {
        fc.pre(inputs.units.length > 0);
        const unit = inputs.units[pick % inputs.units.length];
        const before = byKey(computePlan(inputs));
        const after = computePlan(
          inputs,
          parseScenario({ name: 'close', units: { close: [{ unitId: unit.unitId, year }] } }),
        );
        for (const a of after) {
          const b = before.get(key(a))!;
          if (b.gapPlaces !== null) expect(a.gapPlaces!).toBeGreaterThanOrEqual(b.gapPlaces);
          if (b.rag === 'red') expect(a.rag).toBe('red');
        }
      }),
      { numRuns: 80 },
    );
  });

  it('shares of reachable places add up to the places of units that have demand in reach', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const rows = computePlan(inputs).filter((r) => r.year === 2021);
        const reached = rows.reduce((s, r) => s + (r.capacityWalkTotal ?? 0), 0);
        const registry = rows.reduce((s, r) => s + (r.capacityTotal ?? 0), 0);
        expect(reached).toBeLessThanOrEqual(registry + 0.01 * rows.length);
      }),
      { numRuns: 60 },
    );
  });
});
