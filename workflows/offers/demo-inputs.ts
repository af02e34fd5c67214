import path from 'node:path';
import { districtsOfAreas } from '../../domain/planning/synthetic-units';
import type { CohortArea } from '../../domain/offers/synthetic-cohort';
import { toOfferUnit } from '../../domain/offers/synthetic-places';
import type { OfferUnit } from '../../domain/offers/offer-unit';
import type { EceUnit } from '../../domain/planning/unit';
import { hashFile } from '../../pipelines/core/read-raw-file';
import { loadUnitsCsv } from '../../pipelines/sources/units/units-csv';
import { openCalibrationWarehouse, readSyntheticInputs } from '../planning/synthetic-calibration';

/**
 * Inputs of the synthetic Helsinki cohort read straight from the shipped raw files, without a built
 * warehouse (the benchmark, the CLI's `synthetic` command and tests): the postal areas' polygons and
 * children aged 0-6 (Paavo 2021; one seventh of them is a year's cohort), each area's Swedish-speaking
 * share (its district's, 2011 key figures) and the synthetic units with derived pre-school places.
 */
export const DEMO_UNITS_FILE = 'units/helsinki_synthetic_units.csv';

export interface DemoInputs {
  areas: CohortArea[];
  units: OfferUnit[];
  /** The register rows the units come from (for writing a units file). */
  register: EceUnit[];
}

export async function readDemoInputs(rawDir: string): Promise<DemoInputs> {
  const connection = await openCalibrationWarehouse(rawDir);
  try {
    const inputs = await readSyntheticInputs(connection);
    const district = districtsOfAreas(inputs.areas, inputs.subdivisions);
    const share = new Map(inputs.districts.map((d) => [d.code, d.swedishShare]));
    const areas = inputs.areas.map((a) => ({
      postalCode: a.postalCode,
      geometry: a.geometry,
      children: a.children06 / 7,
      swedishShare: share.get(district.get(a.postalCode)?.district ?? '') ?? 0,
    }));
    const abs = path.join(rawDir, DEMO_UNITS_FILE);
    const register = loadUnitsCsv({ relPath: DEMO_UNITS_FILE, absPath: abs, ...hashFile(abs) });
    return { areas, units: register.map((u) => toOfferUnit(u)), register };
  } finally {
    connection.closeSync();
  }
}
