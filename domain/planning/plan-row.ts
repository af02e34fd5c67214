import type { PlannedUnit } from './capacity';
import { applyDemography, splitSingleAges } from './children';
import type { Assumptions } from './config';
import { demandOf, effectiveRates, totalDemandOf } from './demand';
import type { MunicipalParameters, PlanArea, PlanRow } from './plan-types';
import { educatorsNeeded, groupsNeeded, type StaffPolicy } from './ratios';
import type { Scenario } from './scenario';

/**
 * One plan row: demand, staff and space of an area-year (demandRow), then - once every area's demand of
 * the year is known and the units' places are shared - its capacity, gap and fill (addCapacity).
 */
const round = (x: number, digits = 2) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

export interface MunicipalityContext {
  code: string;
  areas: PlanArea[];
  params: MunicipalParameters;
  assumptions: Assumptions;
  units: PlannedUnit[];
  catchments: number[][];
  /** Per area: indices of pre-school units within the transport distance. */
  preschoolNear: number[][];
}

export function demandRow(
  area: PlanArea,
  child: PlanArea['years'][number],
  ctx: MunicipalityContext,
  scenario: Scenario | undefined,
  name: string,
  policy: StaffPolicy,
  m2PerChild: number,
  serviceFrom: number,
): PlanRow {
  const ages = splitSingleAges(child);
  const row: PlanRow = {
    scenario: name,
    postalCode: area.postalCode,
    municipalityCode: area.municipalityCode,
    year: child.year,
    isForecast: child.isForecast,
    children02: null,
    children36: null,
    children6: null,
    demandUnder3: null,
    demand3plusFullday: null,
    demand3plusPartday: null,
    demandPreschool: null,
    demandTotal: null,
    demandTotalLo80: null,
    demandTotalHi80: null,
    capacityUnder3: null,
    capacity3plus: null,
    capacityTotal: null,
    capacityWalkTotal: null,
    gapPlaces: null,
    gapM2: null,
    fillRate: null,
    staffEducators: null,
    staffFte: null,
    groups: null,
    floorAreaNeededM2: null,
    rag: null,
    syntheticCapacity: null,
    preschoolTransportNeeded: null,
  };
  if (!ages) return row;
  applyDemography(ages, area, child, scenario, ctx.params.childYield);
  const rates = effectiveRates(
    {
      baseRates: ctx.params.rates,
      rateYear: ctx.params.rateYear,
      assumptions: ctx.assumptions,
      areaFactor: area.participationFactor,
      municipalityCode: ctx.code,
    },
    child.year,
    scenario,
    serviceFrom,
  );
  const d = demandOf(ages.mean, rates, ctx.assumptions);
  row.children02 = round(ages.mean[0] + ages.mean[1] + ages.mean[2], 1);
  row.children36 = round(ages.mean[3] + ages.mean[4] + ages.mean[5] + ages.mean[6], 1);
  row.children6 = round(ages.mean[6], 1);
  row.demandUnder3 = round(d.under3);
  row.demand3plusFullday = round(d.fullDay3plus);
  row.demand3plusPartday = round(d.partDay3plus);
  row.demandPreschool = round(d.preschool);
  row.demandTotal = round(d.total);
  if (ages.hasInterval) {
    // Bounds of all ages added up: assumes the age groups err together (wider, on the safe side).
    row.demandTotalLo80 = round(totalDemandOf(ages.lo, rates, ctx.assumptions));
    row.demandTotalHi80 = round(totalDemandOf(ages.hi, rates, ctx.assumptions));
  }
  // Staff for whole children: 12.4 expected under-3s are planned as 12.
  const children = {
    under3: Math.round(d.under3),
    fullDay3plus: Math.round(d.fullDay3plus),
    partDay3plus: Math.round(d.partDay3plus),
  };
  row.staffEducators = educatorsNeeded(children, policy);
  row.staffFte = round(row.staffEducators * policy.substituteFactor, 1);
  row.groups = groupsNeeded(children, policy);
  row.floorAreaNeededM2 = round(d.total * m2PerChild, 0);
  return row;
}

export function addCapacity(
  row: PlanRow,
  i: number,
  ctx: MunicipalityContext,
  places: readonly ({ under3: number; plus3: number } | null)[],
  shared: { under3: Float64Array; plus3: Float64Array },
  m2PerChild: number,
): void {
  let under3 = 0;
  let plus3 = 0;
  let synthetic = false;
  ctx.units.forEach((u, j) => {
    const p = places[j];
    if (!p) return;
    if (u.unit.postalCode === row.postalCode) {
      under3 += p.under3;
      plus3 += p.plus3;
    }
    if (u.unit.synthetic && ctx.catchments[j].includes(i)) synthetic = true;
  });
  row.capacityUnder3 = under3;
  row.capacity3plus = plus3;
  row.capacityTotal = under3 + plus3;
  const walk = shared.under3[i] + shared.plus3[i];
  row.capacityWalkTotal = round(walk);
  row.syntheticCapacity = synthetic;
  const area = ctx.areas[i];
  row.preschoolTransportNeeded = area.point ? !ctx.preschoolNear[i].some((j) => places[j] !== null) : null;
  if (row.demandTotal === null) return;
  const gap = row.demandTotal - walk;
  row.gapPlaces = round(gap);
  row.gapM2 = round(gap * m2PerChild, 0);
  row.fillRate = walk > 0 ? round(row.demandTotal / walk, 4) : null;
}
