import type { PlanRow } from '../planning/plan-types';

/**
 * Every figure of a plan row, defined once: its column name in the derived store, CSV and API, its
 * unit, how disclosure control treats it, whether it adds up over areas, and its digits. The plan
 * store, the data API, the map layers, the CSV exports and the disclosure rule all read this table,
 * so a new figure is added here and nowhere else.
 *
 * Disclosure: `count` figures are child counts or follow one child count closely (demand): withheld
 * below the small-count threshold or when the source suppressed the area. `derived` figures would let a
 * reader compute the withheld demand back (gap = demand - capacity): withheld with it. `open` figures
 * are places of units, not children, and `flag` figures are yes/no properties.
 */
export type MetricUnit = 'children' | 'places' | 'fte' | 'groups' | 'm2' | 'ratio' | 'rag' | 'flag';
export type DisclosureClass = 'count' | 'derived' | 'open' | 'flag';

export interface MetricDef {
  column: string;
  unit: MetricUnit;
  disclosure: DisclosureClass;
  /** Sums over areas are meaningful (a rate or a flag does not add up). */
  additive: boolean;
  /** Digits stored and shown. */
  digits: number;
  /** Column type in the derived store. */
  sql: 'DOUBLE' | 'INTEGER' | 'VARCHAR' | 'BOOLEAN';
}

type Keys = 'scenario' | 'postalCode' | 'municipalityCode' | 'year' | 'isForecast';
export type PlanMetric = Exclude<keyof PlanRow, Keys>;

const count = (column: string, unit: MetricUnit, digits = 2): MetricDef => ({
  column,
  unit,
  disclosure: 'count',
  additive: true,
  digits,
  sql: 'DOUBLE',
});
const derived = (column: string, unit: MetricUnit, digits = 2, sql: MetricDef['sql'] = 'DOUBLE'): MetricDef => ({
  column,
  unit,
  disclosure: 'derived',
  additive: unit !== 'ratio' && unit !== 'rag',
  digits,
  sql,
});
const open = (column: string, sql: MetricDef['sql'], digits = 0): MetricDef => ({
  column,
  unit: 'places',
  disclosure: 'open',
  additive: true,
  digits,
  sql,
});
const flag = (column: string): MetricDef => ({
  column,
  unit: 'flag',
  disclosure: 'flag',
  additive: false,
  digits: 0,
  sql: 'BOOLEAN',
});

export const PLAN_METRICS: Record<PlanMetric, MetricDef> = {
  children02: count('children_0_2', 'children', 1),
  children36: count('children_3_6', 'children', 1),
  children6: count('children_6', 'children', 1),
  demandUnder3: count('demand_under3', 'places'),
  demand3plusFullday: count('demand_3plus_fullday', 'places'),
  demand3plusPartday: count('demand_3plus_partday', 'places'),
  demandPreschool: count('demand_preschool', 'places'),
  demandTotal: count('demand_total', 'places'),
  demandTotalLo80: count('demand_total_lo80', 'places'),
  demandTotalHi80: count('demand_total_hi80', 'places'),
  capacityUnder3: open('capacity_under3', 'INTEGER'),
  capacity3plus: open('capacity_3plus', 'INTEGER'),
  capacityTotal: open('capacity_total', 'INTEGER'),
  capacityWalkTotal: open('capacity_walk_total', 'DOUBLE', 2),
  gapPlaces: derived('gap_places', 'places'),
  gapM2: derived('gap_m2', 'm2', 0),
  fillRate: derived('fill_rate', 'ratio', 4),
  staffEducators: derived('staff_educators', 'fte', 0, 'INTEGER'),
  staffFte: derived('staff_fte', 'fte', 1),
  groups: derived('groups', 'groups', 0, 'INTEGER'),
  floorAreaNeededM2: derived('floor_area_needed_m2', 'm2', 0),
  rag: derived('rag', 'rag', 0, 'VARCHAR'),
  syntheticCapacity: flag('synthetic_capacity'),
  preschoolTransportNeeded: flag('preschool_transport_needed'),
};

/** Metric fields in column order (the order of the plan table). */
export const PLAN_METRIC_FIELDS = Object.keys(PLAN_METRICS) as PlanMetric[];

/** The key columns of a plan row, then every metric: the one column list of the plan table, CSV and API. */
export const PLAN_KEY_COLUMNS: readonly (readonly [Keys, string])[] = [
  ['scenario', 'scenario'],
  ['postalCode', 'postal_code'],
  ['municipalityCode', 'municipality_code'],
  ['year', 'year'],
  ['isForecast', 'is_forecast'],
];
export const PLAN_COLUMNS: readonly (readonly [keyof PlanRow, string])[] = [
  ...PLAN_KEY_COLUMNS,
  ...PLAN_METRIC_FIELDS.map((f) => [f, PLAN_METRICS[f].column] as const),
];

export const metricsWith = (disclosure: DisclosureClass): PlanMetric[] =>
  PLAN_METRIC_FIELDS.filter((f) => PLAN_METRICS[f].disclosure === disclosure);

/** Metrics whose value is a number (not a flag or a RAG category). */
export type NumericMetric = { [K in PlanMetric]: PlanRow[K] extends number | null ? K : never }[PlanMetric];

/** Figures that add up over areas (all numeric: rates, flags and RAG do not add up). */
export const ADDITIVE_METRICS = PLAN_METRIC_FIELDS.filter((f) => PLAN_METRICS[f].additive) as NumericMetric[];
