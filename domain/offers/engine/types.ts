import type { EducationLanguage } from '../offer-unit';
import type { ReasonFacts } from '../rules';
import type { Weights } from '../weights';

/**
 * What the proposal engine works on: children with where they live and what binds them (language, shift
 * care, current and sibling's unit, wishes, a planner's pin) and units with the places still free for this
 * proposal. Pure data, so the CLI, the benchmark and the web server feed it alike.
 */
export interface EngineChild {
  childId: string;
  lon: number;
  lat: number;
  postalCode: string;
  language: EducationLanguage;
  currentUnitId: string | null;
  siblingUnitId: string | null;
  specialNeeds: boolean;
  shiftCare: boolean;
  /** Units the family wished for, best first (a transfer request, an ECE survey answer). */
  wishes?: readonly string[];
  /** Only the wishes and the held place are open to the child (a second-round proposal). */
  wishesOnly?: boolean;
  /** The place the child holds already: kept when no wish can be met. */
  heldUnitId?: string | null;
  /** Placed here by a planner: fixed. */
  pinnedUnitId?: string | null;
}

export interface EngineUnit {
  unitId: string;
  lon: number;
  lat: number;
  postalCode: string;
  /** Language of the unit's education; only fi and sv teach pre-school. */
  language: string;
  /** Places this proposal may fill. */
  places: number;
  shiftCare: boolean;
  openingYear: number;
  closingYear: number | null;
}

export interface EngineInput {
  children: readonly EngineChild[];
  units: readonly EngineUnit[];
  startYear: number;
  weights: Weights;
}

export interface Placement {
  childId: string;
  unitId: string | null;
  distanceKm: number | null;
  facts: ReasonFacts;
}

/** Whether the current and the sibling's unit can teach the child at all (else those terms do not apply). */
export interface CostContext {
  currentEligible: boolean;
  siblingEligible: boolean;
}

/** A child's eligible units, nearest first (parallel arrays: a 6,000-child cohort has 1.7 M pairs). */
export interface EligibleUnits {
  units: Int32Array;
  km: Float64Array;
}

/** One possible place of one child: indexes into the sorted children and units, its cost and distance. */
export interface Column {
  child: number;
  /** -1: the child stays without a place. */
  unit: number;
  cost: number;
  km: number;
}

export interface Problem {
  children: EngineChild[];
  units: EngineUnit[];
  weights: Weights;
  /** Per child: its columns (the unplaced column last). */
  columnsOf: Column[][];
  /** Per child: eligible units nearest first, with their distances (for greedy and the reasons). */
  eligible: EligibleUnits[];
  /** Per child: its pinned unit, or -1. */
  pinned: number[];
  /** Per child: which preference terms can apply at all (costs.ts). */
  contexts: CostContext[];
}

/** A unit index per child (-1: no place). */
export type Assignment = Int32Array;

export type { Weights } from '../weights';
export type Language = EducationLanguage;
