/**
 * Child-welfare workload (lastensuojelulaki 417/2007, 13 b §, as amended in 2022): a responsible social
 * worker may have at most 35 children as clients in 2022-2023 and at most 30 from 2024 on. Before 2022
 * the act set no number; the product then measures against today's 30, and says so.
 */
export const CHILDREN_PER_WORKER = { from2022: 35, from2024: 30 } as const;

/** The statutory maximum of children per responsible social worker in a year, or null before 2022. */
export function childrenPerWorkerLimit(year: number): number | null {
  if (year >= 2024) return CHILDREN_PER_WORKER.from2024;
  if (year >= 2022) return CHILDREN_PER_WORKER.from2022;
  return null;
}

export interface Workload {
  year: number;
  children: number;
  /** The limit applied: the year's own, or today's 30 for a year before the act set one. */
  limit: number;
  statutory: boolean;
  /** Responsible social workers needed to keep every caseload within the limit. */
  workers: number;
}

export function socialWorkersNeeded(children: number, year: number): Workload {
  const own = childrenPerWorkerLimit(year);
  const limit = own ?? CHILDREN_PER_WORKER.from2024;
  const count = Math.max(0, children);
  return { year, children: count, limit, statutory: own !== null, workers: Math.ceil(count / limit) };
}

/**
 * The child-welfare clients a forecast implies: a municipality's own count in the origin year, moved in
 * proportion to the forecast index. The index is relative to the median municipality of its year, so
 * this assumes the median municipality's own rate stays as it was at the origin.
 */
export function impliedClients(clientsAtOrigin: number, indexAtOrigin: number, indexForecast: number): number | null {
  if (!(indexAtOrigin > 0) || !(clientsAtOrigin >= 0)) return null;
  return (clientsAtOrigin * indexForecast) / indexAtOrigin;
}
