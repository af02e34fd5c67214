import type { OfferUnit } from './offer-unit';
import type { RoundKind } from './round';
import { derivedEceFreePlaces } from './synthetic-places';

/** Places a unit offers in a round of this kind: its pre-school places, or the ECE places that turn over. */
export const placesOf = (kind: RoundKind, u: Pick<OfferUnit, 'preschoolPlaces' | 'ecePlaces'>): number =>
  kind === 'preschool' ? u.preschoolPlaces : derivedEceFreePlaces(u);
