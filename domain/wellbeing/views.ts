import type { WellbeingStatus } from './disclose-wellbeing';
import type { ExplanationFact } from './explanation-facts';
import type { Geography } from './indicator-schema';

/**
 * What the wellbeing pages and API hand to the browser: every figure already through disclosure control
 * (a withheld figure is null with its status), areas only. Types only, shared by server and UI.
 */
export interface Disclosed {
  value: number | null;
  status: WellbeingStatus;
}

export interface Limits {
  minimum: Record<Geography, number>;
  small: number;
}

export interface ForecastPoint {
  year: number;
  horizon: number;
  mean: number | null;
  lo80: number | null;
  hi80: number | null;
  model: string;
  status: WellbeingStatus;
}

export interface MunicipalityTile {
  code: string;
  nameFi: string;
  nameSv: string | null;
  regionCode: string | null;
  regionName: string | null;
  population: number | null;
  index: Disclosed;
  demand: ForecastPoint | null;
}

export interface WellbeingOverview {
  years: number[];
  year: number;
  outcomes: { id: string; origin: number }[];
  outcome: string;
  horizon: number;
  tiles: MunicipalityTile[];
  /** Municipalities whose postal areas have polygons and an index (drawable on the map). */
  mapMunicipalities: { code: string; nameFi: string; nameSv: string | null }[];
  limits: Limits;
  computedAt: string;
}

export interface PostalIndexMap {
  municipality: string;
  year: number;
  years: number[];
  cells: Record<string, { v: number | null; st: WellbeingStatus; factors: number }>;
  names: Record<string, { fi: string; sv: string | null }>;
}

export interface IndexPoint {
  year: number;
  area: number | null;
  group: number | null;
  country: number | null;
}

export interface ContributionRow {
  factor: string;
  value: number | null;
  z: number | null;
  contribution: number | null;
  group: number | null;
  country: number | null;
}

export interface WhatIfFactor {
  factor: string;
  perUnit: number;
  current: number;
  min: number;
  max: number;
}

export interface OutcomeView {
  indicator: string;
  origin: number | null;
  history: { year: number; value: number | null; status: WellbeingStatus }[];
  forecasts: ForecastPoint[];
  drivers: ExplanationFact[];
  association: { r2: number; factors: WhatIfFactor[] } | null;
}

export interface AreaProfile {
  geography: Extract<Geography, 'municipality' | 'postal_area'>;
  code: string;
  nameFi: string;
  nameSv: string | null;
  group: { code: string; name: string | null; kind: 'region' | 'municipality' } | null;
  population: Disclosed & { year: number | null };
  indexYear: number | null;
  index: Disclosed;
  factorsUsed: number;
  factorsAll: number;
  indexSeries: IndexPoint[];
  contributions: ContributionRow[];
  values: { indicator: string; year: number; value: number | null; status: WellbeingStatus }[];
  outcomes: OutcomeView[];
  postalAreas: { code: string; nameFi: string; nameSv: string | null; year: number | null; index: Disclosed }[];
  limits: Limits;
}
