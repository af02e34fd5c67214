import 'server-only';
import { OUTCOMES } from '../../domain/wellbeing/indicator-catalogue';
import type { MunicipalityTile, WellbeingOverview } from '../../domain/wellbeing/views';
import { fetchMunicipalities } from '../queries/areas';
import { warehouse } from '../warehouse/warehouse';
import { discloseForecast, discloseIndex, wellbeingLimits } from './disclose';
import {
  queryAreas,
  queryForecasts,
  queryIndex,
  queryIndexYears,
  queryLatestPopulation,
  queryOrigins,
  wellbeingComputed,
} from './wellbeing-sql';

/**
 * The overview: every municipality's index in a year and its expected demand for one corrective service
 * h years after that service's latest data, disclosure-controlled; plus which municipalities can be
 * drawn as postal-area maps. Null while the wellbeing tables have not been computed.
 */
export interface OverviewQuery {
  year?: number;
  outcome?: string;
  horizon: number;
}

export function fetchWellbeingOverview(q: OverviewQuery): Promise<WellbeingOverview | null> {
  return warehouse.memo(`wellbeing-overview:${JSON.stringify(q)}`, async () => {
    const computedAt = await wellbeingComputed();
    if (!computedAt) return null;
    const [years, origins] = await Promise.all([queryIndexYears('municipality'), queryOrigins()]);
    const year = q.year !== undefined && years.includes(q.year) ? q.year : years[years.length - 1];
    const outcomes = OUTCOMES.flatMap((o) => {
      const origin = origins.find((r) => r.indicator === o.id)?.origin;
      return origin === undefined ? [] : [{ id: o.id, origin }];
    });
    const outcome = outcomes.find((o) => o.id === q.outcome)?.id ?? outcomes[0]?.id ?? '';
    const [areas, index, population, forecasts, postalMaps] = await Promise.all([
      queryAreas('municipality'),
      year === undefined ? [] : queryIndex('municipality', { year }),
      queryLatestPopulation('municipality'),
      outcome ? queryForecasts({ indicator: outcome, horizon: q.horizon }) : [],
      drawableMunicipalities(),
    ]);
    const indexOf = new Map(index.map((r) => [r.area, r]));
    const peopleOf = new Map(population.map((r) => [r.area, r.population]));
    const forecastOf = new Map(forecasts.map((f) => [f.municipality_code, f]));
    const tiles: MunicipalityTile[] = areas
      .filter((a) => indexOf.has(a.area) || forecastOf.has(a.area))
      .map((a) => {
        const people = peopleOf.get(a.area) ?? null;
        const i = indexOf.get(a.area);
        const f = forecastOf.get(a.area);
        return {
          code: a.area,
          nameFi: a.name_fi,
          nameSv: a.name_sv,
          regionCode: a.group_code,
          regionName: a.group_name,
          population: discloseIndex('municipality', people, people).value,
          index: discloseIndex('municipality', i?.index_value ?? null, i?.population ?? people),
          demand: f ? discloseForecast(outcome, f, people) : null,
        };
      });
    return {
      years,
      year: year ?? 0,
      outcomes,
      outcome,
      horizon: q.horizon,
      tiles,
      mapMunicipalities: postalMaps,
      limits: wellbeingLimits(),
      computedAt,
    };
  });
}

/** Municipalities with postal-area polygons whose postal areas have an index. */
async function drawableMunicipalities() {
  const [municipalities, postal] = await Promise.all([fetchMunicipalities(), queryAreas('postal_area')]);
  const indexed = new Set((await queryIndex('postal_area')).map((r) => r.area));
  const withIndex = new Set(postal.filter((p) => indexed.has(p.area)).map((p) => p.municipality_code));
  const names = new Map((await queryAreas('municipality')).map((m) => [m.area, m]));
  return municipalities
    .filter((m) => m.with_geometry > 0 && withIndex.has(m.municipality_code))
    .map((m) => ({
      code: m.municipality_code,
      nameFi: names.get(m.municipality_code)?.name_fi ?? m.municipality_name,
      nameSv: names.get(m.municipality_code)?.name_sv ?? null,
    }));
}
