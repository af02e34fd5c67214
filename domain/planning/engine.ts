import { placesInYear, planUnits, shareCapacity, unitCatchments } from './capacity';
import { assumptionsFor, facilitiesOf } from './config';
import { haversineKm } from '../../core/geo/geometry';
import { addCapacity, demandRow, type MunicipalityContext } from './plan-row';
import type { PlanArea, PlanInputs, PlanRow } from './plan-types';
import { ragFlags } from './rag';
import { LEGAL_POLICY, type StaffPolicy } from './ratios';
import type { Scenario } from './scenario';

/**
 * The planning engine: children (observed or forecast) -> places, educators, groups, square metres and
 * capacity gaps per postal area and year, for the baseline or a scenario. Pure and synchronous: the
 * inputs are loaded once from the warehouse and a scenario is recomputed without retraining anything.
 */
export const BASELINE = 'baseline';

function municipalityContexts(
  inputs: PlanInputs,
  scenario: Scenario | undefined,
  walkingKm: number,
  transportKm: number,
): MunicipalityContext[] {
  const national = inputs.parameters.get('SSS');
  if (!national) throw new Error("planning inputs lack the national participation parameters ('SSS')");
  const units = planUnits(inputs.units, scenario);
  const byCode = new Map<string, PlanArea[]>();
  for (const a of inputs.areas) {
    const list = byCode.get(a.municipalityCode);
    if (list) list.push(a);
    else byCode.set(a.municipalityCode, [a]);
  }
  return [...byCode].map(([code, areas]) => {
    const own = units.filter((u) => u.unit.municipalityCode === code);
    const preschoolNear = areas.map((a) => {
      const near: number[] = [];
      if (a.point)
        own.forEach((u, j) => u.unit.preschool && haversineKm(a.point!, u.unit) <= transportKm && near.push(j));
      return near;
    });
    return {
      code,
      areas,
      params: inputs.parameters.get(code) ?? national,
      assumptions: assumptionsFor(inputs.config, code),
      units: own,
      catchments: unitCatchments(own, areas, walkingKm),
      preschoolNear,
    };
  });
}

/** Staff policy and space norm of the baseline and, from its first year, of the scenario. */
interface Service {
  base: { policy: StaffPolicy; m2PerChild: number };
  scenario: { policy: StaffPolicy; m2PerChild: number };
  fromYear: number | undefined;
}

function serviceOf(inputs: PlanInputs, scenario: Scenario | undefined): Service {
  const facilities = facilitiesOf(inputs.config);
  const base = {
    policy: { ...LEGAL_POLICY, substituteFactor: facilities.substituteFactor },
    m2PerChild: facilities.m2PerChild,
  };
  return {
    base,
    scenario: {
      policy: {
        ...base.policy,
        ...scenario?.ratios,
        substituteFactor: scenario?.substituteFactor ?? base.policy.substituteFactor,
      },
      m2PerChild: scenario?.m2PerChild ?? base.m2PerChild,
    },
    fromYear: scenario?.fromYear,
  };
}

export function computePlan(inputs: PlanInputs, scenario?: Scenario): PlanRow[] {
  const facilities = facilitiesOf(inputs.config);
  const service = serviceOf(inputs, scenario);
  const name = scenario?.name ?? BASELINE;
  const out: PlanRow[] = [];
  for (const ctx of municipalityContexts(
    inputs,
    scenario,
    scenario?.walkingDistanceKm ?? facilities.walkingDistanceKm,
    facilities.preschoolTransportKm,
  )) {
    for (const row of planMunicipality(ctx, scenario, name, service)) out.push(row);
  }
  return out;
}

/** The area's latest observed year: "now", from which scenario service changes apply by default. */
const lastObserved = (area: PlanArea): number => {
  let last = -Infinity;
  for (const y of area.years) if (!y.isForecast && y.year > last) last = y.year;
  return Number.isFinite(last) ? last : (area.years[0]?.year ?? 0);
};

function planMunicipality(
  ctx: MunicipalityContext,
  scenario: Scenario | undefined,
  name: string,
  service: Service,
): PlanRow[] {
  const { areas } = ctx;
  const serviceFrom = areas.map((a) => service.fromYear ?? lastObserved(a));
  const normsOf = (i: number, year: number) => (scenario && year >= serviceFrom[i] ? service.scenario : service.base);
  const hasRegistry = ctx.units.length > 0;
  const years = [...new Set(areas.flatMap((a) => a.years.map((y) => y.year)))].sort((a, b) => a - b);
  const rowsByArea: PlanRow[][] = areas.map(() => []);
  for (const year of years) {
    const demandU3 = new Float64Array(areas.length);
    const demand3p = new Float64Array(areas.length);
    const partial: (PlanRow | null)[] = areas.map((area, i) => {
      const child = area.years.find((y) => y.year === year);
      if (!child) return null;
      const norms = normsOf(i, year);
      const row = demandRow(area, child, ctx, scenario, name, norms.policy, norms.m2PerChild, serviceFrom[i]);
      demandU3[i] = row.demandUnder3 ?? 0;
      demand3p[i] = (row.demand3plusFullday ?? 0) + (row.demand3plusPartday ?? 0);
      return row;
    });
    const places = ctx.units.map((u) => placesInYear(u, year));
    const shared = shareCapacity(places, ctx.catchments, demandU3, demand3p);
    partial.forEach((row, i) => {
      if (!row) return;
      if (hasRegistry) addCapacity(row, i, ctx, places, shared, normsOf(i, year).m2PerChild);
      rowsByArea[i].push(row);
    });
  }
  for (const rows of rowsByArea) {
    const flags = ragFlags(rows);
    rows.forEach((r, k) => (r.rag = flags[k]));
  }
  return rowsByArea.flat();
}
