import { ADDITIVE_METRICS } from '../metrics/plan-metrics';
import type { PlanRow, Rag } from './plan-types';

/**
 * Reading a plan: totals by municipality or district, and a scenario's difference from the baseline.
 * Counts add up; rates are recomputed from the sums (a mean of fill rates would weigh a tiny area like
 * a large one); the flag of a group is its worst member's.
 */
export const ADDITIVE_FIELDS = ADDITIVE_METRICS;
export type AdditiveField = (typeof ADDITIVE_FIELDS)[number];

export interface PlanTotal extends Record<AdditiveField, number | null> {
  scenario: string;
  group: string;
  year: number;
  areas: number;
  fillRate: number | null;
  rag: Rag | null;
}

const RAG_ORDER: Record<Rag, number> = { green: 0, amber: 1, red: 2 };
const worse = (a: Rag | null, b: Rag | null): Rag | null =>
  a === null ? b : b === null ? a : RAG_ORDER[b] > RAG_ORDER[a] ? b : a;

/** Sums rows by `groupOf` (e.g. municipality, or a district map) and year; rows mapping to null are left out. */
export function totalPlan(rows: readonly PlanRow[], groupOf: (row: PlanRow) => string | null): PlanTotal[] {
  const totals = new Map<string, PlanTotal>();
  for (const row of rows) {
    const group = groupOf(row);
    if (group === null) continue;
    const k = `${row.scenario}|${group}|${row.year}`;
    let t = totals.get(k);
    if (!t) {
      t = { scenario: row.scenario, group, year: row.year, areas: 0, fillRate: null, rag: null } as PlanTotal;
      for (const f of ADDITIVE_FIELDS) t[f] = null;
      totals.set(k, t);
    }
    t.areas += 1;
    for (const f of ADDITIVE_FIELDS) {
      const v = row[f];
      if (v !== null) t[f] = (t[f] ?? 0) + v;
    }
    t.rag = worse(t.rag, row.rag);
  }
  for (const t of totals.values()) {
    t.fillRate = t.demandTotal !== null && t.capacityWalkTotal ? t.demandTotal / t.capacityWalkTotal : null;
  }
  return [...totals.values()].sort((a, b) => a.group.localeCompare(b.group) || a.year - b.year);
}

export interface PlanDifference {
  postalCode: string;
  year: number;
  field: AdditiveField | 'rag';
  baseline: number | string | null;
  scenario: number | string | null;
  change: number | null;
}

/** Every field that differs between a scenario and the baseline, per area and year (rows matched by area-year). */
export function diffPlans(baseline: readonly PlanRow[], scenario: readonly PlanRow[]): PlanDifference[] {
  const base = new Map(baseline.map((r) => [`${r.postalCode}|${r.year}`, r]));
  const out: PlanDifference[] = [];
  for (const s of scenario) {
    const b = base.get(`${s.postalCode}|${s.year}`);
    if (!b) continue;
    for (const f of ADDITIVE_FIELDS) {
      if (b[f] === s[f]) continue;
      const change = b[f] !== null && s[f] !== null ? Math.round((s[f]! - b[f]!) * 100) / 100 : null;
      if (change === 0) continue;
      out.push({ postalCode: s.postalCode, year: s.year, field: f, baseline: b[f], scenario: s[f], change });
    }
    if (b.rag !== s.rag)
      out.push({
        postalCode: s.postalCode,
        year: s.year,
        field: 'rag',
        baseline: b.rag,
        scenario: s.rag,
        change: null,
      });
  }
  return out;
}
