import type { EducationLanguage } from './offer-unit';

/**
 * Why a child got the proposed place, as facts (never words: i18n/offers/reasons.ts turns them into the
 * guardian's language). The first five are the rules of the stable CLI contract; `wish`, `kept` and
 * `manual` occur in second rounds, ECE rounds and planners' moves.
 */
export const CONTRACT_RULES = ['continuity', 'sibling', 'nearest', 'moved_for_capacity', 'unplaced'] as const;
export const PROPOSAL_RULES = [...CONTRACT_RULES, 'wish', 'kept', 'manual'] as const;
export type ProposalRule = (typeof PROPOSAL_RULES)[number];

export interface ReasonFacts {
  rule: ProposalRule;
  language: EducationLanguage;
  /** Distance from home to the proposed unit (null when unplaced). */
  distanceKm: number | null;
  /** The nearest unit that could teach the child, when the proposal is another one. */
  nearestKm: number | null;
  /** Whether that nearest unit is full in the proposal (else its places went to children with priority). */
  nearestFull: boolean;
  /** 1-based rank of the wish that was met. */
  wishRank: number | null;
  /** Beyond the free-transport limit: the municipality arranges transport. */
  freeTransport: boolean;
}

/** Manual moves record one of these reasons (and an optional note that stays internal). */
export const MOVE_REASONS = ['family_request', 'special_needs', 'capacity', 'transport', 'other'] as const;
export type MoveReason = (typeof MOVE_REASONS)[number];
