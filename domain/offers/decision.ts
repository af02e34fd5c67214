import type { EducationLanguage } from './offer-unit';
import type { OfferState } from './offer-state';
import type { RoundKind } from './round';

/**
 * The decision every child of a round gets, as facts: the outcome and the law it rests on, in Finnish or
 * Swedish by the unit's language (as Finnish law and eVaka do), with an English courtesy translation.
 * - placed: the accepted place (or the offered place when the family did not answer: pre-school is
 *   compulsory, Perusopetuslaki 26 a §, and the municipality assigns the place, 4, 5 and 6 §);
 * - declined: no municipal place; the family arranges pre-school otherwise (the obligation stays);
 * - application: a transfer that could not be met is handled as an ordinary application.
 */
export type DecisionOutcome = 'placed' | 'declined' | 'application';

export const LEGAL_BASIS: Record<RoundKind, readonly string[]> = {
  preschool: [
    'Perusopetuslaki (628/1998) 4 §',
    'Perusopetuslaki (628/1998) 5 §',
    'Perusopetuslaki (628/1998) 6 §',
    'Perusopetuslaki (628/1998) 26 a §',
    'Perusopetusasetus (852/1998) 23 a §',
  ],
  // ECE places are decided under the Act on Early Childhood Education and Care.
  ece: ['Varhaiskasvatuslaki (540/2018)'],
};

export interface DecisionFacts {
  outcome: DecisionOutcome;
  unitId: string | null;
  language: EducationLanguage;
  legalBasis: readonly string[];
}

export function decisionFor(input: {
  state: OfferState;
  kind: RoundKind;
  unitId: string | null;
  unitLanguage: string | null;
  childLanguage: EducationLanguage;
}): DecisionFacts | null {
  const outcome: DecisionOutcome | null =
    input.state === 'accepted' || input.state === 'no_reply'
      ? input.unitId
        ? 'placed'
        : 'application'
      : input.state === 'declined'
        ? 'declined'
        : input.state === 'transfer_requested'
          ? 'application'
          : null;
  if (!outcome) return null;
  const unitLanguage = input.unitLanguage === 'sv' ? 'sv' : input.unitLanguage === 'fi' ? 'fi' : null;
  return {
    outcome,
    unitId: outcome === 'placed' ? input.unitId : null,
    // The unit's language decides; without a unit, the language of the child's education.
    language: outcome === 'placed' && unitLanguage ? unitLanguage : input.childLanguage,
    legalBasis: LEGAL_BASIS[input.kind],
  };
}
