/**
 * `npm run bench:scenario`: how fast the planning engine recomputes a plan from inputs already in memory
 * (what a planner waits for after changing a scenario). Targets on the 2-core reference machine:
 * Helsinki <= 300 ms, all Finnish postal areas <= 3 s. Prints numbers; exits 1 when a target is missed.
 * Until forecasts exist in the warehouse, a flat 5-year forecast of each area's last observed counts
 * (+/- 5 % per year) stands in for them, so the engine does the work it will do with real forecasts.
 */
import path from 'node:path';
import { rawDataDir, warehousePath } from '../core/config/paths';
import { computePlan } from '../domain/planning/engine';
import type { ChildYear, PlanInputs } from '../domain/planning/plan-types';
import { parseScenario } from '../domain/planning/scenario';
import { withReadOnlyWarehouse } from '../core/warehouse/with-warehouse';
import { relationExists } from '../core/warehouse/with-warehouse';
import { loadPlanInputs, loadUnits } from '../workflows/planning/load-plan-inputs';
import { hashFile } from '../pipelines/core/read-raw-file';
import { loadUnitsCsv } from '../pipelines/sources/units/units-csv';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const UNITS_FILE = 'units/helsinki_synthetic_units.csv';

const t0 = performance.now();
const { inputs, basis } = await withReadOnlyWarehouse(warehousePath(), async (c) => {
  const override = (await relationExists(c, 'public_units')) ? await loadUnits(c) : undefined;
  const abs = path.join(rawDataDir(), UNITS_FILE);
  return loadPlanInputs(
    c,
    {},
    override ?? { units: loadUnitsCsv({ relPath: UNITS_FILE, absPath: abs, ...hashFile(abs) }), files: [UNITS_FILE] },
  );
});
console.log(
  `inputs loaded from ${warehousePath()} in ${(performance.now() - t0).toFixed(0)} ms: ${inputs.areas.length} areas, ${inputs.units.length} units`,
);

if (!basis.modelVersion) {
  console.log('no forecasts in the warehouse: adding a flat 5-year stand-in forecast per area (benchmark only)');
  for (const area of inputs.areas) {
    const last = [...area.years].reverse().find((y) => y.c02 && y.c36);
    if (!last) continue;
    for (let h = 1; h <= 5; h++) {
      const band = (m: number) => ({ mean: m, lo80: m * (1 - 0.05 * h), hi80: m * (1 + 0.05 * h) });
      const row: ChildYear = {
        year: last.year + h,
        isForecast: true,
        origin: last.year,
        c02: band(last.c02!.mean),
        c36: band(last.c36!.mean),
        c6: band(last.c36!.mean / 4),
      };
      area.years.push(row);
    }
  }
}

const scenario = parseScenario({
  name: 'bench',
  births: { pct: 8 },
  migration: [
    { municipalityCode: '091', pctPerYear: 1 },
    { postalCode: '00540', pctPerYear: 4 },
  ],
  housing: [
    { postalCode: '00540', year: 2023, dwellings: 1500 },
    { postalCode: '00220', year: 2024, floorAreaM2: 80000 },
  ],
  participation: [
    { age: 1, pp: 5 },
    { age: 2, pp: 3, fromYear: 2024 },
  ],
  ratios: { fullDay3plus: 8 },
  m2PerChild: 9,
  units: {
    open: [
      {
        unitId: 'BENCH-NEW',
        nameFi: 'Uusi',
        postalCode: '00540',
        municipalityCode: '091',
        lon: 24.978,
        lat: 60.187,
        capacityUnder3: 36,
        capacity3plus: 105,
        openingYear: 2024,
      },
    ],
    close: inputs.units.slice(0, 5).map((u) => ({ unitId: u.unitId, year: 2024 })),
  },
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(label: string, subset: PlanInputs, targetMs: number): boolean {
  computePlan(subset, scenario); // warm-up (JIT)
  const base: number[] = [];
  const scen: number[] = [];
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    rows = computePlan(subset).length;
    base.push(performance.now() - t);
    t = performance.now();
    computePlan(subset, scenario);
    scen.push(performance.now() - t);
  }
  const worst = Math.max(median(base), median(scen));
  const ok = worst <= targetMs;
  console.log(
    `${label.padEnd(26)} ${String(subset.areas.length).padStart(5)} areas ${String(rows).padStart(6)} rows: baseline median ${median(base).toFixed(1)} ms, scenario median ${median(scen).toFixed(1)} ms (max ${Math.max(...scen).toFixed(1)}), target <= ${targetMs} ms ${ok ? 'OK' : 'MISSED'}`,
  );
  return ok;
}

const helsinki: PlanInputs = { ...inputs, areas: inputs.areas.filter((a) => a.municipalityCode === '091') };
const okHelsinki = time('Helsinki', helsinki, 300);
const okFinland = time('all Finnish postal areas', inputs, 3000);
if (!okHelsinki || !okFinland) process.exit(1);
