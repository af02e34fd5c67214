import type { EducationLanguage } from './offer-unit';

/**
 * A child of the round's cohort as the product keeps it (in the PostgreSQL app store only). Where the
 * home is: coordinates given by the import, or a point placed inside the home postal area when the
 * source only knows the postal code (eVaka's export) - `located` says which, and pages show it.
 */
export const GUARDIAN_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type GuardianLanguage = (typeof GUARDIAN_LANGUAGES)[number];
export const EDUCATION_LANGUAGES = ['fi', 'sv'] as const;

export interface CohortChild {
  childId: string;
  birthYear: number;
  postalCode: string;
  lon: number;
  lat: number;
  located: 'coordinates' | 'postal_code';
  language: EducationLanguage;
  currentUnitId: string | null;
  siblingUnitId: string | null;
  specialNeeds: boolean;
  shiftCare: boolean;
  guardianLanguage: GuardianLanguage;
  guardianPhone: string | null;
  guardianEmail: string | null;
  /** Shown on the decision when the source gives it (eVaka's export does; the documented CSV does not). */
  name: string | null;
  birthDate: string | null;
  /** Invented by the synthetic cohort generator: labelled wherever the child appears. */
  synthetic: boolean;
}

/** The children who share guardians' contact details form one family and get one message. */
export const familyKeyOf = (c: Pick<CohortChild, 'childId' | 'guardianPhone' | 'guardianEmail'>): string =>
  c.guardianPhone
    ? `tel:${c.guardianPhone}`
    : c.guardianEmail
      ? `mail:${c.guardianEmail.toLowerCase()}`
      : `child:${c.childId}`;
