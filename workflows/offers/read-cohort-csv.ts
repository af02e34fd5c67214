import {
  cohortBirthYearProblem,
  COHORT_COLUMNS,
  cohortRowSchema,
  eceBirthYearProblem,
  toCohortChild,
} from '../../domain/offers/cohort-row';
import type { CohortChild } from '../../domain/offers/cohort-child';
import { LoadError } from '../../pipelines/core/load-error';
import { readCsvTable } from '../../pipelines/core/read-csv-table';
import type { RawFile } from '../../pipelines/core/read-raw-file';
import { parseRow } from '../../pipelines/core/values';

/**
 * The documented cohort CSV (domain/offers/cohort-row.ts): every column required, no unknown ones, one
 * row per child. Any bad cell, a duplicate child, a child outside the start year's cohort or a unit id
 * the units file does not know stops the whole import with `file:line:field: reason` - nothing is read
 * half-way.
 */
export interface CohortCsvOptions {
  startYear: number;
  twoYearPreschool: boolean;
  /** An ECE round takes children of any age under school age (domain/offers/cohort-row.ts). */
  kind?: 'preschool' | 'ece';
  /** Unit ids of the units register; current and sibling units must be among them. */
  unitIds: ReadonlySet<string>;
}

export function readCohortCsv(file: RawFile, o: CohortCsvOptions): CohortChild[] {
  const table = readCsvTable(file, { required: COHORT_COLUMNS });
  const unknown = table.header.find((h) => !(COHORT_COLUMNS as readonly string[]).includes(h));
  if (unknown !== undefined)
    throw new LoadError(
      file.relPath,
      table.headerLine,
      unknown,
      `unknown column: expected ${COHORT_COLUMNS.join(', ')}`,
    );
  const index = COHORT_COLUMNS.map((c) => table.header.indexOf(c));
  const firstLine = new Map<string, number>();
  return table.rows.map((row) => {
    const input = Object.fromEntries(COHORT_COLUMNS.map((c, i) => [c, row.fields[index[i]]]));
    const child = toCohortChild(parseRow(cohortRowSchema, input, file.relPath, row.line));
    const seen = firstLine.get(child.childId);
    if (seen !== undefined)
      throw new LoadError(
        file.relPath,
        row.line,
        'child_id',
        `duplicate child_id '${child.childId}' (first on line ${seen})`,
      );
    firstLine.set(child.childId, row.line);
    const born =
      o.kind === 'ece'
        ? eceBirthYearProblem(child.birthYear, o.startYear)
        : cohortBirthYearProblem(child.birthYear, o.startYear, o.twoYearPreschool);
    if (born) throw new LoadError(file.relPath, row.line, 'birth_year', born);
    for (const field of ['current_unit_id', 'sibling_unit_id'] as const) {
      const id = field === 'current_unit_id' ? child.currentUnitId : child.siblingUnitId;
      if (id !== null && !o.unitIds.has(id))
        throw new LoadError(file.relPath, row.line, field, `unknown unit '${id}' (not in the units file)`);
    }
    return child;
  });
}
