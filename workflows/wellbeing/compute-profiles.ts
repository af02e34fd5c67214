import { aggregateIndex, type GroupIndex } from '../../domain/wellbeing/compare-index';
import { MIN_POPULATION } from '../../domain/wellbeing/disclose-wellbeing';
import { computeFactor, type ComputedFactor, type PublishedValue } from '../../domain/wellbeing/factor-values';
import { indexFactorsOf, INDICATORS } from '../../domain/wellbeing/indicator-catalogue';
import type { Geography } from '../../domain/wellbeing/indicator-schema';
import { computeRiskIndex, type IndexValue } from '../../domain/wellbeing/risk-index';
import { chooseYardsticks, type FactorValue, type Yardstick } from '../../domain/wellbeing/yardstick';

/**
 * Area profiles of one geography: every catalogue value of its areas (with the disclosure status of
 * shares computed from counts), the risk-and-resilience index with each factor's contribution, and
 * the same index for the area's group (region, municipality or city) and the country. Areas under the
 * geography's minimum population take no part: neither in the yardstick nor in the index.
 */
export interface AreaValues {
  area: string;
  year: number;
  population: number;
  values: ReadonlyMap<string, PublishedValue>;
}

export interface StoredValue extends ComputedFactor {
  area: string;
  year: number;
}

export interface Profiles {
  geography: Geography;
  values: StoredValue[];
  yardsticks: Yardstick[];
  index: IndexValue[];
  groups: (GroupIndex & { kind: string })[];
  population: { area: string; year: number; population: number }[];
}

export const COUNTRY = 'SSS';

export function computeProfiles(
  geography: Geography,
  areas: readonly AreaValues[],
  groupOf: (area: string) => { kind: string; code: string } | null,
  threshold: number,
): Profiles {
  const indicators = INDICATORS.filter((i) => i.geography === geography);
  const factors = indexFactorsOf(geography);
  const values: StoredValue[] = [];
  const populationOf = new Map<string, number>();
  const usable = new Map<string, number>();
  for (const a of areas) {
    populationOf.set(`${a.area}|${a.year}`, a.population);
    const counted = a.population >= MIN_POPULATION[geography];
    for (const indicator of indicators) {
      const computed = computeFactor(indicator, a.values, threshold);
      if (computed.status === 'missing') continue;
      values.push({ ...computed, area: a.area, year: a.year });
      if (counted && indicator.inIndex && computed.value !== null)
        usable.set(`${a.area}|${indicator.id}|${a.year}`, computed.value);
    }
  }
  // Paavo and StatFin skip a topic in some years: a factor not published that year is carried from the
  // latest of the two years before, so an area's index is not made of a different mix every year.
  const inputs: FactorValue[] = [];
  for (const a of areas) {
    if (a.population < MIN_POPULATION[geography]) continue;
    for (const f of factors) {
      const year = [a.year, a.year - 1, a.year - 2].find((y) => usable.has(`${a.area}|${f.id}|${y}`));
      if (year !== undefined)
        inputs.push({ area: a.area, year: a.year, factor: f.id, value: usable.get(`${a.area}|${f.id}|${year}`)! });
    }
  }
  const yardsticks = chooseYardsticks(inputs);
  const roles = factors.map((f) => ({ id: f.id, role: f.role as 'risk' | 'resilience' }));
  const index = computeRiskIndex(roles, inputs, yardsticks);
  const weight = (area: string, year: number) => populationOf.get(`${area}|${year}`) ?? null;
  const groupKind = new Map<string, string>();
  const groups = [
    ...aggregateIndex(index, weight, (area) => {
      const g = groupOf(area);
      if (g) groupKind.set(g.code, g.kind);
      return g?.code ?? null;
    }).map((g) => ({ ...g, kind: groupKind.get(g.group) ?? 'group' })),
    ...aggregateIndex(index, weight, () => COUNTRY).map((g) => ({ ...g, kind: 'country' })),
  ];
  return {
    geography,
    values,
    yardsticks: [...yardsticks.values()],
    index,
    groups,
    population: areas.map((a) => ({ area: a.area, year: a.year, population: a.population })),
  };
}
