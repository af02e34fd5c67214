import 'server-only';
import { smallCountThreshold } from '../../core/config/reference';
import { kpiBy, kpiTotal, unitFill, type KpiGroup, type KpiOffer, type UnitFill } from '../../domain/offers/kpi';
import { HELSINKI_PUBLISHED, type PublishedRound } from '../../domain/offers/published-figures';
import { listCohort } from '../../store/offers-cohort';
import { listOffers } from '../../store/offers-offers';
import type { RoundRecord } from '../../store/offers-rounds';
import { placesOf } from '../../workflows/offers/round-propose';
import { fetchBaselinePlan } from '../queries/plan';
import { offersPool } from './offers-pool';
import { offerUnitsOf } from './units';

/**
 * Follow-up for managers and leadership: a round's reply, acceptance, transfer and decline rates by area
 * and unit, unit fill and mean distance, beside Helsinki's published figures, and the children the
 * forecasts expect per area in the coming years. Aggregates only, every count disclosure-controlled
 * (domain/offers/kpi.ts); a purged round keeps only its anonymous totals.
 */
export interface RoundKpi {
  roundId: number;
  purged: boolean;
  total: KpiGroup | null;
  byArea: KpiGroup[];
  byUnit: (KpiGroup & { name: string })[];
  fill: (UnitFill & { name: string; synthetic: boolean })[];
  published: readonly PublishedRound[];
  threshold: number;
  synthetic: boolean;
}

export interface DemandTrend {
  postalCode: string;
  values: {
    year: number;
    value: number | null;
    status: 'ok' | 'small' | 'suppressed' | 'missing';
    forecast: boolean;
  }[];
}

export async function roundKpi(round: RoundRecord): Promise<RoundKpi> {
  const threshold = smallCountThreshold();
  const base = { roundId: round.id, published: HELSINKI_PUBLISHED, threshold, synthetic: round.synthetic };
  if (round.status === 'purged')
    return {
      ...base,
      purged: true,
      total: (round.summary?.total as KpiGroup) ?? null,
      byArea: [],
      byUnit: [],
      fill: [],
    };
  const pool = await offersPool();
  const [cohort, offers, units] = await Promise.all([
    listCohort(pool, round.id),
    listOffers(pool, { roundId: round.id }),
    offerUnitsOf(round.settings.municipalityCode),
  ]);
  const postal = new Map(cohort.map((c) => [c.childId, c.postalCode]));
  const unitById = new Map(units.map((u) => [u.unitId, u]));
  const rows: KpiOffer[] = offers.map((o) => ({
    postalCode: postal.get(o.childId) ?? '',
    unitId: o.unitId,
    places: o.unitId
      ? placesOf(round, unitById.get(o.unitId) ?? ({ preschoolPlaces: 0, ecePlaces: 0 } as never))
      : null,
    answer: o.state === 'decided' ? (o.answer ?? 'no_reply') : o.state,
    distanceKm: o.distanceKm,
    sent: o.sentOn !== null,
  }));
  const name = (id: string) => unitById.get(id)?.nameFi ?? id;
  const usedUnits = [...new Set(offers.map((o) => o.unitId).filter((id): id is string => id !== null))].sort();
  return {
    ...base,
    purged: false,
    total: kpiTotal(rows, threshold),
    byArea: kpiBy(rows, (o) => o.postalCode, threshold),
    byUnit: kpiBy(
      rows.filter((o) => o.unitId !== null),
      (o) => o.unitId!,
      threshold,
    ).map((g) => ({ ...g, name: name(g.key) })),
    fill: unitFill(
      rows,
      usedUnits.map((id) => ({
        unitId: id,
        places: placesOf(round, unitById.get(id) ?? ({ preschoolPlaces: 0, ecePlaces: 0 } as never)),
      })),
      threshold,
    ).map((f) => ({ ...f, name: name(f.unitId), synthetic: unitById.get(f.unitId)?.synthetic ?? false })),
  };
}

/**
 * How many children of the round's age each area will have (the plan: observed, then the active model's
 * forecast), disclosure-controlled like the dashboard: six-year-olds for pre-school rounds, the 0-2 age
 * group for ECE rounds of the youngest.
 */
export async function demandTrend(round: RoundRecord): Promise<DemandTrend[]> {
  const rows = await fetchBaselinePlan({ municipalityCode: round.settings.municipalityCode });
  const from = round.settings.startYear - 2;
  const to = round.settings.startYear + 4;
  const byArea = new Map<string, DemandTrend>();
  for (const r of rows) {
    if (r.year < from || r.year > to) continue;
    const field = round.settings.kind === 'preschool' ? 'children6' : 'children02';
    const value = r[field];
    const withheld = (r.withheld as Record<string, 'small' | 'suppressed'> | undefined)?.[field];
    const t = byArea.get(r.postalCode) ?? { postalCode: r.postalCode, values: [] };
    t.values.push({
      year: r.year,
      value: value === null ? null : Math.round(value),
      status: value !== null ? 'ok' : (withheld ?? 'missing'),
      forecast: r.isForecast,
    });
    byArea.set(r.postalCode, t);
  }
  return [...byArea.values()].map((t) => ({ ...t, values: t.values.sort((a, b) => a.year - b.year) }));
}
