import 'server-only';
import { indexFactorsOf, OUTCOMES } from '../../domain/wellbeing/indicator-catalogue';
import type { Disclosed, ForecastPoint, IndexPoint, Limits } from '../../domain/wellbeing/views';
import { warehouse } from '../warehouse/warehouse';
import { discloseForecast, discloseIndex, discloseValue, wellbeingLimits } from './disclose';
import { queryAreas, queryForecasts, queryIndex, queryLatestPopulation, queryValues } from './wellbeing-sql';

/**
 * Municipalities side by side: the index by year, the index factors and the corrective-service outcomes
 * in their latest year, and each outcome's expected value at the furthest horizon (disclosure-controlled).
 */
export interface ComparedMunicipality {
  code: string;
  nameFi: string;
  nameSv: string | null;
  population: number | null;
  index: IndexPoint[];
  latest: Record<string, Disclosed & { year: number | null }>;
  expected: Record<string, ForecastPoint | null>;
}

export interface Comparison {
  options: { code: string; nameFi: string; nameSv: string | null }[];
  municipalities: ComparedMunicipality[];
  indicators: string[];
  outcomes: string[];
  limits: Limits;
}

export const MAX_COMPARED = 6;

export function fetchComparison(codes: readonly string[], horizon: number): Promise<Comparison> {
  return warehouse.memo(`wellbeing-compare:${codes.join(',')}:${horizon}`, async () => {
    const areas = await queryAreas('municipality');
    const indexed = new Set((await queryIndex('municipality')).map((r) => r.area));
    const options = areas
      .filter((a) => indexed.has(a.area))
      .map((a) => ({ code: a.area, nameFi: a.name_fi, nameSv: a.name_sv }));
    const chosen = codes.filter((c) => options.some((o) => o.code === c)).slice(0, MAX_COMPARED);
    const indicators = indexFactorsOf('municipality').map((f) => f.id);
    const outcomes = OUTCOMES.filter((o) => o.geography === 'municipality').map((o) => o.id);
    const [people, values] = await Promise.all([
      queryLatestPopulation('municipality'),
      chosen.length ? queryValues('municipality', chosen) : [],
    ]);
    const municipalities: ComparedMunicipality[] = [];
    for (const code of chosen) {
      const a = areas.find((x) => x.area === code)!;
      const population = people.find((p) => p.area === code)?.population ?? null;
      const [index, forecasts] = await Promise.all([
        queryIndex('municipality', { area: code }),
        queryForecasts({ municipality: code, horizon }),
      ]);
      const latest: ComparedMunicipality['latest'] = {};
      for (const id of [...indicators, ...outcomes]) {
        const v = values.filter((x) => x.area === code && x.indicator === id).sort((p, q) => q.year - p.year)[0];
        latest[id] = v
          ? { ...discloseValue(id, v, v.population), year: v.year }
          : { value: null, status: 'missing', year: null };
      }
      const expected = Object.fromEntries(
        outcomes.map((id) => {
          const f = forecasts.find((x) => x.indicator === id);
          return [id, f ? discloseForecast(id, f, population) : null];
        }),
      );
      municipalities.push({
        code,
        nameFi: a.name_fi,
        nameSv: a.name_sv,
        population: discloseIndex('municipality', population, population).value,
        index: index.map((r) => ({
          year: r.year,
          area: discloseIndex('municipality', r.index_value, r.population).value,
          group: null,
          country: null,
        })),
        latest,
        expected,
      });
    }
    return { options, municipalities, indicators, outcomes, limits: wellbeingLimits() };
  });
}
