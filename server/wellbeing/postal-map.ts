import 'server-only';
import type { PostalIndexMap } from '../../domain/wellbeing/views';
import { warehouse } from '../warehouse/warehouse';
import { discloseIndex } from './disclose';
import { queryAreas, queryIndex } from './wellbeing-sql';

/** The postal-area index of one municipality in a year, for the map (every cell disclosure-controlled). */
export function fetchPostalIndexMap(municipality: string, year?: number): Promise<PostalIndexMap | null> {
  return warehouse.memo(`wellbeing-postal-map:${municipality}:${year}`, async () => {
    const rows = await queryIndex('postal_area', { group: municipality });
    if (rows.length === 0) return null;
    const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
    const chosen = year !== undefined && years.includes(year) ? year : years[years.length - 1];
    const areas = (await queryAreas('postal_area')).filter((a) => a.group_code === municipality);
    const cells: PostalIndexMap['cells'] = {};
    for (const r of rows.filter((x) => x.year === chosen)) {
      const d = discloseIndex('postal_area', r.index_value, r.population);
      cells[r.area] = { v: d.value, st: d.status, factors: r.factors };
    }
    const names = Object.fromEntries(areas.map((a) => [a.area, { fi: a.name_fi, sv: a.name_sv }]));
    return { municipality, year: chosen, years, cells, names };
  });
}
