/**
 * `npx tsx scripts/generate-synthetic-units.ts [--check]`: writes data/raw/units/helsinki_synthetic_units.csv,
 * the SYNTHETIC demo ECE units of Helsinki, from the shipped raw files (calibration: docs/planning.md and
 * data/raw/units/SOURCE.txt). Deterministic: the same inputs give the same bytes. --check only compares.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rawDataDir } from '../core/config/paths';
import { districtsOfAreas, generateSyntheticUnits } from '../domain/planning/synthetic-units';
import { openCalibrationWarehouse, readSyntheticInputs } from '../workflows/planning/synthetic-calibration';
import { formatUnitsCsv } from '../pipelines/sources/units/format-units-csv';

export const SYNTHETIC_UNITS_FILE = 'units/helsinki_synthetic_units.csv';

async function main(): Promise<void> {
  const rawDir = rawDataDir();
  const connection = await openCalibrationWarehouse(rawDir);
  const inputs = await readSyntheticInputs(connection);
  connection.closeSync();
  const units = generateSyntheticUnits(inputs);
  const csv = formatUnitsCsv(units);
  const target = path.join(rawDir, SYNTHETIC_UNITS_FILE);
  if (process.argv.includes('--check')) {
    if (readFileSync(target, 'utf8') !== csv)
      throw new Error(`${target} differs from the generator's output; re-run without --check`);
    console.log(`${target} matches the generator (${units.length} units)`);
    return;
  }
  writeFileSync(target, csv);
  const byName = [...districtsOfAreas(inputs.areas, inputs.subdivisions).values()].filter(
    (d) => d.by === 'name',
  ).length;
  const sum = (f: (u: (typeof units)[number]) => number) => units.reduce((s, u) => s + f(u), 0);
  console.log(`wrote ${units.length} synthetic units to ${target}`);
  console.log(
    `calibration: ${inputs.totalUnits} units (2011), ${inputs.placesUnder3} + ${inputs.places3plus} children in ECE (14jt) + ${inputs.headroom * 100} % headroom`,
  );
  console.log(
    `places: under 3 ${sum((u) => u.capacityUnder3)}, 3+ ${sum((u) => u.capacity3plus)}, total ${sum((u) => u.capacityUnder3 + u.capacity3plus)}; Swedish-language units ${units.filter((u) => u.language === 'sv').length}`,
  );
  console.log(
    `postal areas placed in districts by name: ${byName}/${inputs.areas.length} (others: nearest named area)`,
  );
}

main().catch((err: unknown) => {
  console.error(`generate-synthetic-units failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
