/**
 * Shapes the data-access layer hands to pages, route handlers and client components. Types and
 * constants only (no SQL, no I/O), so client components may import them.
 */
import type { DisclosureStatus } from '../privacy/disclosure';

export const AGE_GROUPS = ['0-2', '3-6', '6'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export const LAYER_IDS = [
  'children_0_2',
  'children_3_6',
  'children_6',
  'demand_total',
  'capacity_total',
  'gap_places',
  'fill_rate',
  'staff_need',
  'rag',
] as const;
export type LayerId = (typeof LAYER_IDS)[number];

/** How a layer is coloured: counts on a sequential scale, the gap diverging around 0, RAG by category. */
export type LayerKind = 'sequential' | 'diverging' | 'percent' | 'categorical';
export type LayerUnit = 'children' | 'places' | 'percent' | 'fte' | 'rag';
export type Rag = 'red' | 'amber' | 'green';

export interface LayerInfo {
  id: LayerId;
  kind: LayerKind;
  unit: LayerUnit;
  /** Where the layer's figures come from: population + forecasts, or the plan. */
  source: 'population' | 'forecast' | 'plan';
  available: boolean;
  /** Why the layer is not available (a dictionary key under `layers`). */
  reason?: 'needsPlan' | 'needsForecast';
}

/** One area in one year on the map, after disclosure control: `v` is null unless `st` is absent. */
export interface MapCell {
  v: number | null;
  /** small (<5), suppressed (by the source) or missing; absent when `v` may be shown. */
  st?: Exclude<DisclosureStatus, 'ok'>;
  lo80?: number | null;
  hi80?: number | null;
  lo95?: number | null;
  hi95?: number | null;
  rag?: Rag | null;
  /** The 80 % interval is wide (more than +-25 % of the mean): drawn paler with a dashed outline. */
  wide?: boolean;
  /** The figure rests on synthetic (illustrative) units' capacity. */
  syn?: boolean;
}

export interface YearInfo {
  year: number;
  forecast: boolean;
}

export interface MapArea {
  postal_code: string;
  name_fi: string;
  name_sv: string | null;
}

export interface MapUnit {
  unit_id: string;
  name_fi: string;
  name_sv: string | null;
  provider: string;
  lat: number;
  lon: number;
  capacity_under3: number | null;
  capacity_3plus: number | null;
  synthetic: boolean;
}

export interface MapPayload {
  municipality_code: string;
  municipality_name: string;
  layer: LayerInfo;
  layers: LayerInfo[];
  years: YearInfo[];
  /** values[year][postal_code] for the selected layer. */
  values: Record<string, Record<string, MapCell>>;
  areas: MapArea[];
  units: MapUnit[];
  unitsAvailable: boolean;
  hasGeometry: boolean;
  forecastRun: { model_version: string; origin: number } | null;
  /** The model the plan figures were computed from; `stale` while a recompute for a newer one is due. */
  plan: { modelVersion: string | null; computedAt: string; stale: boolean } | null;
  /** The plan scenario shown and the scenarios that exist (empty before `npm run plan`). */
  scenario: string;
  scenarios: string[];
}

export interface ChartPoint {
  year: number;
  actual: number | null;
  actualStatus?: Exclude<DisclosureStatus, 'ok'>;
  mean: number | null;
  meanStatus?: Exclude<DisclosureStatus, 'ok'>;
  band80: [number, number] | null;
  band95: [number, number] | null;
}

export interface AreaChart {
  age_group: AgeGroup;
  points: ChartPoint[];
  hasForecast: boolean;
  /** How often the 80 % band held the outcome in the backtest, per horizon (null: not measured). */
  coverage80: { horizon: number; share: number }[];
}
