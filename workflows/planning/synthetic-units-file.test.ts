import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSyntheticUnits } from '../../domain/planning/synthetic-units';
import { hashFile } from '../../pipelines/core/read-raw-file';
import { formatUnitsCsv } from '../../pipelines/sources/units/format-units-csv';
import { loadUnitsCsv } from '../../pipelines/sources/units/units-csv';
import { openCalibrationWarehouse, readSyntheticInputs } from './synthetic-calibration';

const rawDir = path.resolve('data/raw');
const relPath = 'units/helsinki_synthetic_units.csv';

describe('the shipped synthetic Helsinki units file', () => {
  it('is exactly what scripts/generate-synthetic-units.ts makes from the shipped raw files', async () => {
    const connection = await openCalibrationWarehouse(rawDir);
    const inputs = await readSyntheticInputs(connection);
    connection.closeSync();
    // The real aggregates it is calibrated on (SOURCE.txt quotes them).
    expect(inputs.totalUnits).toBe(292);
    expect(inputs.districts).toHaveLength(34);
    expect(inputs.districts.reduce((s, d) => s + d.childrenInDaycare, 0)).toBe(20816);
    expect(inputs.placesUnder3 + inputs.places3plus).toBe(30753);
    expect(inputs.areas).toHaveLength(84);
    const expected = formatUnitsCsv(generateSyntheticUnits(inputs));
    expect(readFileSync(path.join(rawDir, relPath), 'utf8')).toBe(expected);
  });

  it('loads through the units pipeline: 292 units, all synthetic, all in Helsinki', () => {
    const units = loadUnitsCsv({
      relPath,
      absPath: path.join(rawDir, relPath),
      ...hashFile(path.join(rawDir, relPath)),
    });
    expect(units).toHaveLength(292);
    expect(
      units.every((u) => u.synthetic && u.municipalityCode === '091' && u.nameFi.startsWith('Synthetic unit ')),
    ).toBe(true);
    expect(units.reduce((s, u) => s + u.capacityUnder3 + u.capacity3plus, 0)).toBe(31676);
  });
});
