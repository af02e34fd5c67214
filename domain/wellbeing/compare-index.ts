import type { IndexValue } from './risk-index';

/**
 * An area's index beside its surroundings: the population-weighted mean of the index (and of each
 * factor's contribution) over the areas of a group - a municipality's region, a postal area's
 * municipality, the whole country - on the same yardstick. Weighting by population makes the country
 * value the situation of the average resident, not of the average (often small) area.
 */
export interface GroupIndex {
  group: string;
  year: number;
  index: number;
  areas: number;
  population: number;
  contributions: Record<string, number>;
}

export function aggregateIndex(
  values: readonly IndexValue[],
  populationOf: (area: string, year: number) => number | null,
  groupOf: (area: string) => string | null,
): GroupIndex[] {
  const acc = new Map<string, GroupIndex & { weights: Record<string, number> }>();
  for (const v of values) {
    const group = groupOf(v.area);
    const population = populationOf(v.area, v.year);
    if (group === null || population === null || !(population > 0)) continue;
    const key = `${group}\u0000${v.year}`;
    let g = acc.get(key);
    if (!g)
      acc.set(key, (g = { group, year: v.year, index: 0, areas: 0, population: 0, contributions: {}, weights: {} }));
    g.index += v.index * population;
    g.areas += 1;
    g.population += population;
    for (const c of v.contributions) {
      g.contributions[c.factor] = (g.contributions[c.factor] ?? 0) + c.contribution * population;
      g.weights[c.factor] = (g.weights[c.factor] ?? 0) + population;
    }
  }
  return [...acc.values()]
    .map(({ weights, ...g }) => ({
      ...g,
      index: g.index / g.population,
      // A factor some areas lack is averaged over the areas that have it.
      contributions: Object.fromEntries(Object.entries(g.contributions).map(([f, s]) => [f, s / weights[f]])),
    }))
    .sort((a, b) => a.group.localeCompare(b.group) || a.year - b.year);
}
