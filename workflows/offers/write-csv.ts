import { renameSync, writeFileSync } from 'node:fs';
import { toCsv } from '../../core/format/csv';
import type { CohortChild } from '../../domain/offers/cohort-child';
import { COHORT_COLUMNS, type CohortColumn } from '../../domain/offers/cohort-row';
import type { OfferUnit } from '../../domain/offers/offer-unit';
import type { Placement } from '../../domain/offers/engine/types';
import type { EceUnit } from '../../domain/planning/unit';
import { formatUnitsCsv } from '../../pipelines/sources/units/format-units-csv';
import { reasonText } from '../../i18n/offers/reasons';

/**
 * The files of the offers CLI: the proposals (the stable contract), and a cohort and a units file in the
 * documented formats (so a synthetic round can be handed to other tools). Written to a temporary name
 * and renamed, so a failure never leaves half a file where the old one was.
 */
export function writeAtomically(target: string, text: string): void {
  const tmp = `${target}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, target);
}

export const PROPOSAL_COLUMNS = ['child_id', 'unit_id', 'distance_km', 'rule', 'reason_fi', 'reason_sv', 'reason_en'];

export function formatProposalsCsv(placements: readonly Placement[]): string {
  return toCsv<Placement>(
    [
      { name: 'child_id', value: (p) => p.childId },
      { name: 'unit_id', value: (p) => p.unitId ?? '' },
      { name: 'distance_km', value: (p) => p.distanceKm },
      { name: 'rule', value: (p) => p.facts.rule },
      { name: 'reason_fi', value: (p) => reasonText(p.facts, 'fi') },
      { name: 'reason_sv', value: (p) => reasonText(p.facts, 'sv') },
      { name: 'reason_en', value: (p) => reasonText(p.facts, 'en') },
    ],
    placements,
  );
}

const COHORT_VALUE: Record<CohortColumn, (c: CohortChild) => string | number | boolean | null> = {
  child_id: (c) => c.childId,
  birth_year: (c) => c.birthYear,
  postal_code: (c) => c.postalCode,
  lon: (c) => c.lon,
  lat: (c) => c.lat,
  language: (c) => c.language,
  current_unit_id: (c) => c.currentUnitId,
  sibling_unit_id: (c) => c.siblingUnitId,
  special_needs: (c) => c.specialNeeds,
  shift_care: (c) => c.shiftCare,
  guardian_language: (c) => c.guardianLanguage,
  guardian_phone: (c) => c.guardianPhone,
  guardian_email: (c) => c.guardianEmail,
};

export const formatCohortCsv = (children: readonly CohortChild[]): string =>
  toCsv(
    COHORT_COLUMNS.map((c) => ({ name: c, value: COHORT_VALUE[c] })),
    children,
  );

/** The register format (the one writer of units files) plus pre-school places and shift care. */
export function formatOfferUnitsCsv(register: readonly EceUnit[], units: readonly OfferUnit[]): string {
  const byId = new Map(units.map((u) => [u.unitId, u]));
  const lines = formatUnitsCsv(register).trimEnd().split('\n');
  return `${lines
    .map((line, i) => {
      if (i === 0) return `${line},preschool_places,shift_care`;
      const unit = byId.get(register[i - 1].unitId)!;
      return `${line},${unit.preschoolPlaces},${unit.shiftCare}`;
    })
    .join('\n')}\n`;
}
