import type { PublishedValue } from '../../domain/wellbeing/factor-values';
import { INDICATORS, variablesOf } from '../../domain/wellbeing/indicator-catalogue';
import type { SeriesPanel } from '../../models/wellbeing/series-panel';
import type { AreaValues } from './compute-profiles';
import type { CountRow, DistrictRow } from './load-wellbeing-data';

/** The inputs of computeProfiles for each geography, from the rows the loaders read. */

/** Municipalities: every catalogue variable of both municipal panels, with the year's population. */
export function municipalAreaValues(panels: readonly SeriesPanel[]): AreaValues[] {
  const variables = variablesOf(INDICATORS.filter((i) => i.geography === 'municipality'));
  const out: AreaValues[] = [];
  const areas = [...new Set(panels.flatMap((p) => p.areas))].sort();
  const years = [...new Set(panels.flatMap((p) => p.years))].sort((a, b) => a - b);
  for (const area of areas)
    for (const year of years) {
      const values = new Map<string, PublishedValue>();
      for (const v of variables)
        for (const p of panels) {
          const value = p.get(v, area, year);
          if (value !== undefined) values.set(v, { value, suppressed: false });
        }
      const population = panels.map((p) => p.populationAt(area, year)).find((x) => x !== undefined);
      if (values.size > 0 && population !== undefined) out.push({ area, year, population, values });
    }
  return out;
}

function grouped<R extends { area: string; year: number; variable: string; value: number | null; suppressed: boolean }>(
  rows: readonly R[],
  populationCodes: readonly string[],
): AreaValues[] {
  const byKey = new Map<string, AreaValues & { values: Map<string, PublishedValue> }>();
  for (const r of rows) {
    const key = `${r.area}|${r.year}`;
    let a = byKey.get(key);
    if (!a) byKey.set(key, (a = { area: r.area, year: r.year, population: NaN, values: new Map() }));
    a.values.set(r.variable, { value: r.value, suppressed: r.suppressed });
  }
  return [...byKey.values()].flatMap((a) => {
    const people = populationCodes.map((c) => a.values.get(c)?.value).find((v) => v !== null && v !== undefined);
    // An area whose population is withheld is under the minimum by definition (the source hid it).
    return [{ ...a, population: people ?? 0 }];
  });
}

/** Postal areas: Paavo values by area and year; inhabitants from he_vakiy, else pt_vakiy (2012). */
export const postalAreaValues = (rows: readonly CountRow[]): AreaValues[] => grouped(rows, ['he_vakiy', 'pt_vakiy']);

/** Helsinki districts: the 2011 key figures, with the district's population. */
export const districtAreaValues = (rows: readonly DistrictRow[]): AreaValues[] => grouped(rows, ['population']);
