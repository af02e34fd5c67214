import type { PlanningConfig } from './config';
import type { Point } from '../../core/geo/geometry';
import type { ChildYield } from './housing-yield';
import type { AgeRates } from './participation';
import type { EceUnit } from './unit';

/** A child count with its 80 % interval (history: no interval). */
export interface CountWithInterval {
  mean: number;
  lo80: number | null;
  hi80: number | null;
}

/** Children of one postal area in one year, observed (history) or forecast. */
export interface ChildYear {
  year: number;
  isForecast: boolean;
  /** Last observed year the forecast starts from; null for history rows. */
  origin: number | null;
  /** null when the source suppressed the count (small area) or it is missing. */
  c02: CountWithInterval | null;
  c36: CountWithInterval | null;
  /** 6-year-olds (the pre-school cohort, part of 3-6). Forecasts give it; history has none (3-6 / 4 is used). */
  c6: CountWithInterval | null;
}

export interface PlanArea {
  postalCode: string;
  municipalityCode: string;
  /** Point walking distances start from (population-weighted, else polygon centroid); null without geometry. */
  point: Point | null;
  /** Factor on 1-2-year-old participation (participation.ts areaFactors); 1 = municipal rate. */
  participationFactor: number;
  /** Mean dwelling floor area (Paavo ra_as_kpa) to turn new floor area into dwellings. */
  dwellingSizeM2: number;
  /** Ascending by year. */
  years: ChildYear[];
}

/** Participation and housing parameters of one municipality ('SSS' holds the national fallback). */
export interface MunicipalParameters {
  municipalityCode: string;
  /** Rates by single age 0..6 in `rateYear`. */
  rates: AgeRates;
  rateYear: number;
  /** 'derived' from the municipality's own counts, or 'national' fallback. */
  rateSource: 'derived' | 'national';
  /**
   * Where the rate's denominator (children in the rate year) came from: observed that year, forecast for it,
   * or an earlier year's count (biased: cohorts differ in size; see docs/planning.md).
   */
  denominator: 'observed' | 'forecast' | 'earlier-year';
  childYield: ChildYield;
}

export interface PlanInputs {
  areas: PlanArea[];
  /** By municipality code; must contain 'SSS' (national) as the fallback. */
  parameters: Map<string, MunicipalParameters>;
  units: EceUnit[];
  config: PlanningConfig;
}

export type Rag = 'red' | 'amber' | 'green';

/** One row of public_plan (camelCase here; the store maps it to the view's snake_case columns). */
export interface PlanRow {
  scenario: string;
  postalCode: string;
  municipalityCode: string;
  year: number;
  isForecast: boolean;
  children02: number | null;
  children36: number | null;
  children6: number | null;
  demandUnder3: number | null;
  demand3plusFullday: number | null;
  demand3plusPartday: number | null;
  demandPreschool: number | null;
  demandTotal: number | null;
  demandTotalLo80: number | null;
  demandTotalHi80: number | null;
  /** Places of units located in the area (null: the municipality has no units in the registry). */
  capacityUnder3: number | null;
  capacity3plus: number | null;
  capacityTotal: number | null;
  /** The area's share of places within walking distance (two-step floating catchment, see capacity.ts). */
  capacityWalkTotal: number | null;
  /** demand_total - capacity_walk_total: positive = places missing, negative = spare places. */
  gapPlaces: number | null;
  gapM2: number | null;
  fillRate: number | null;
  staffEducators: number | null;
  staffFte: number | null;
  groups: number | null;
  floorAreaNeededM2: number | null;
  rag: Rag | null;
  /** True when synthetic (demo) units make up any of the capacity. */
  syntheticCapacity: boolean | null;
  /** No pre-school unit within the transport distance (5 km): free transport applies. */
  preschoolTransportNeeded: boolean | null;
}
