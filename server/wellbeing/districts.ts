import 'server-only';
import { socialWorkersNeeded } from '../../domain/wellbeing/workload';
import type { Disclosed, Limits } from '../../domain/wellbeing/views';
import { warehouse } from '../warehouse/warehouse';
import { discloseIndex, discloseValue, wellbeingLimits } from './disclose';
import { basisDetails, queryAreas, queryDistricts, queryIndex } from './wellbeing-sql';

/** Helsinki's districts in 2011: index, client rate observed and expected from the factors, workload. */
export interface DistrictView {
  code: string;
  name: string;
  index: Disclosed;
  observed: Disclosed;
  expected: number | null;
  clients: Disclosed;
  workers: number | null;
}

export function fetchDistricts(): Promise<{
  rows: DistrictView[];
  year: number;
  model: Record<string, number> | null;
  limits: Limits;
} | null> {
  return warehouse.memo('wellbeing-districts', async () => {
    const [rows, areas, index, details] = await Promise.all([
      queryDistricts(),
      queryAreas('district'),
      queryIndex('district'),
      basisDetails(),
    ]);
    if (areas.length === 0) return null;
    const year = index[0]?.year ?? 2011;
    const outcome = rows[0]?.indicator ?? 'kf_child_welfare_clients_percent_0_17';
    // Every district is listed; one without a published client rate (Östersundom in 2011) shows it as missing.
    const view = areas.map((a): DistrictView => {
      const r = rows.find((x) => x.area === a.area);
      const i = index.find((x) => x.area === a.area);
      const population = i?.population ?? null;
      const observed = r
        ? discloseValue(outcome, { value: r.observed, status: 'ok' }, population)
        : { value: null, status: 'missing' as const };
      const clients = discloseIndex('district', r?.clients ?? null, population);
      // The published count is a count: under the small-count threshold it is withheld like any other.
      const shownClients =
        clients.value !== null && clients.value < wellbeingLimits().small
          ? { value: null, status: 'small' as const }
          : clients;
      return {
        code: a.area,
        name: a.name_fi,
        index: discloseIndex('district', i?.index_value ?? null, population),
        observed,
        expected: observed.status === 'ok' && r ? r.expected : null,
        clients: shownClients,
        workers: shownClients.value === null ? null : socialWorkersNeeded(shownClients.value, year).workers,
      };
    });
    const parsed = details ? (JSON.parse(details) as { districtModel?: Record<string, number> | null }) : {};
    return { rows: view, year, model: parsed.districtModel ?? null, limits: wellbeingLimits() };
  });
}
