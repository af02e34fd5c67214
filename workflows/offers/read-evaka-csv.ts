import type { Point } from '../../core/geo/geometry';
import type { CohortChild } from '../../domain/offers/cohort-child';
import { cohortBirthYearProblem } from '../../domain/offers/cohort-row';
import { educationLanguageOf, EVAKA_COLUMNS, evakaRowSchema, guardianLanguageOf } from '../../domain/offers/evaka-row';
import { LoadError } from '../../pipelines/core/load-error';
import { readCsvTable } from '../../pipelines/core/read-csv-table';
import type { RawFile } from '../../pipelines/core/read-raw-file';
import { parseRow } from '../../pipelines/core/values';

/**
 * eVaka's future-preschoolers export as a cohort (domain/offers/evaka-row.ts). The home is a point inside
 * the child's postal area (`locate`, deterministic per child) and marked `postal_code`; the current unit
 * counts for continuity when the units register uses eVaka's unit ids, otherwise it is left out (and
 * counted, so the officer sees it). Any bad row refuses the file.
 */
export interface EvakaOptions {
  startYear: number;
  twoYearPreschool: boolean;
  unitIds: ReadonlySet<string>;
  locate: (postalCode: string, childId: string) => Point | null;
}

export function readEvakaCsv(file: RawFile, o: EvakaOptions): { children: CohortChild[]; unknownUnits: number } {
  const table = readCsvTable(file, { delimiter: ';', required: EVAKA_COLUMNS });
  const at = EVAKA_COLUMNS.map((c) => table.header.indexOf(c));
  const seen = new Map<string, number>();
  let unknownUnits = 0;
  const children = table.rows.map((row) => {
    const r = parseRow(
      evakaRowSchema,
      Object.fromEntries(EVAKA_COLUMNS.map((c, i) => [c, row.fields[at[i]]])),
      file.relPath,
      row.line,
    );
    const first = seen.get(r.lapsen_id);
    if (first !== undefined)
      throw new LoadError(
        file.relPath,
        row.line,
        'lapsen_id',
        `duplicate lapsen_id '${r.lapsen_id}' (first on line ${first})`,
      );
    seen.set(r.lapsen_id, row.line);
    const birthYear = Number(r.lapsen_syntyma_pvm.slice(0, 4));
    const twoYear = o.twoYearPreschool || r.ominaisuudet.includes('TWO_YEAR_PRESCHOOL');
    const born = cohortBirthYearProblem(birthYear, o.startYear, twoYear);
    if (born) throw new LoadError(file.relPath, row.line, 'lapsen_syntyma_pvm', born);
    const home = o.locate(r.postinumero, r.lapsen_id);
    if (!home)
      throw new LoadError(
        file.relPath,
        row.line,
        'postinumero',
        `postal code ${r.postinumero} has no area in the warehouse`,
      );
    const known = r.toimintayksikon_id !== '' && o.unitIds.has(r.toimintayksikon_id);
    if (r.toimintayksikon_id !== '' && !known) unknownUnits += 1;
    const name = [r.lapsen_etunimi, r.lapsen_sukunimi].filter(Boolean).join(' ');
    return {
      childId: r.lapsen_id,
      birthYear,
      postalCode: r.postinumero,
      lon: Math.round(home.lon * 1e6) / 1e6,
      lat: Math.round(home.lat * 1e6) / 1e6,
      located: 'postal_code' as const,
      language: educationLanguageOf(r.lapsen_kieli),
      currentUnitId: known ? r.toimintayksikon_id : null,
      siblingUnitId: null,
      specialNeeds: false,
      shiftCare: r.ominaisuudet.includes('SHIFT_CARE'),
      guardianLanguage: guardianLanguageOf(r.lapsen_kieli),
      guardianPhone: null,
      guardianEmail: null,
      name: name === '' ? null : name,
      birthDate: r.lapsen_syntyma_pvm,
      synthetic: false,
    };
  });
  return { children, unknownUnits };
}
