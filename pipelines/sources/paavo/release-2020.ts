import { z } from 'zod';
import { matchPaavoLabel, splitPaavoHeader } from '../../catalogue/paavo-variables';
import { LoadError } from '../../core/load-error';
import { readCsvTable } from '../../core/read-csv-table';
import type { RawFile } from '../../core/read-raw-file';
import type { Source } from '../../core/source';
import { parseRow, statCellSchema } from '../../core/values';
import { PAAVO_LICENCE } from '../licences';
import { withholdZeroMean } from './withhold-zero-mean';

/**
 * Paavo release 2020 attribute table joined to the postal-code -> municipality/region key
 * (postinumeroaineisto.csv): one wide row per postal area, Finnish labels with the statistical year
 * ("0-2-vuotiaat, 2018 (HE)"), decimal commas in ratios ("1,8"), then the key columns.
 * The surface-area column has no year; it describes the geography of the population year (HE).
 */
const KEY_COLUMNS = [
  'Postinumero',
  'Postinumeroalueen nimi',
  'kuntakoodi',
  'kuntanimi',
  'kuntanimi_sv',
  'maakuntakoodi',
  'maakuntanimi',
] as const;

/** Posti register and region-key fields we do not load. Listed so that a new column is noticed, not ignored. */
const IGNORED_COLUMNS = new Set([
  'postitoimipaikka',
  'postitoimipaikka_sv',
  'lyhenne',
  'lyhenne_sv',
  'alkupvm',
  'loppupvm',
  'postinumerokunta',
  'kuntaalkupvm',
  'kuntaloppupvm',
  'kuntanimi_en',
  'maakuntanimi_sv',
  'maakuntanimi_en',
  'seutukuntakoodi',
  'seutukuntanimi',
  'seutukuntanimi_sv',
  'seutukuntanimi_en',
  'laanikoodi',
  'laaninimi',
  'laaninimi_sv',
  'laaninimi_en',
  'avikoodi',
  'avinimi',
  'avinimi_sv',
  'avinimi_en',
  'elykoodi',
  'elynimi',
  'elynimi_sv',
  'elynimi_en',
  'kielisuhdekoodi',
  'kielisuhdenimi',
  'kielisuhdenimi_sv',
  'kielisuhdenimi_en',
  'kuntaryhmakoodi',
  'kuntaryhmanimi',
  'kuntaryhmanimi_sv',
  'kuntaryhmanimi_en',
  // Added by the project that published the join: a copy of the 3-6-year-old count.
  'frequency',
]);

/** The join writes missing key values as the text NULL. */
const optionalText = z.string().transform((s) => (s === '' || s === 'NULL' ? null : s));
const paddedCode = (digits: number) =>
  z
    .string()
    .regex(new RegExp(`^\\d{1,${digits}}$`), `expected a code of up to ${digits} digits`)
    .transform((s) => s.padStart(digits, '0'));

const rowSchema = (columns: number) =>
  z.object({
    Postinumero: z.string().regex(/^\d{5}$/, 'expected a five-digit postal code'),
    // "Punavuori (Helsinki)": the municipality is a column of its own.
    'Postinumeroalueen nimi': z
      .string()
      .min(1)
      .transform((s) => s.replace(/\s*\([^()]*\)\s*$/, '')),
    kuntakoodi: paddedCode(3),
    kuntanimi: z.string().min(1, 'municipality name is empty'),
    kuntanimi_sv: optionalText,
    maakuntakoodi: paddedCode(2),
    maakuntanimi: optionalText,
    values: z.array(statCellSchema({ decimalComma: true })).length(columns),
  });

interface ValueColumn {
  index: number;
  header: string;
  code: string;
  year: number;
}

/** Maps every header to a Paavo variable (or a known key column); returns the value columns and the population year. */
function classifyColumns(
  file: RawFile,
  header: string[],
  headerLine: number,
): { columns: ValueColumn[]; populationYear: number } {
  const found = header.flatMap((h, index) => {
    if ((KEY_COLUMNS as readonly string[]).includes(h) || IGNORED_COLUMNS.has(h)) return [];
    const { label, topic, year } = splitPaavoHeader(h);
    const variable = matchPaavoLabel(label, topic);
    if (!variable)
      throw new LoadError(
        file.relPath,
        headerLine,
        h,
        'unknown column: not a Paavo variable or key column this pipeline knows',
      );
    return [{ index, header: h, code: variable.code, year }];
  });
  const populationYear = found.find((c) => c.code === 'he_vakiy')?.year;
  if (!populationYear)
    throw new LoadError(
      file.relPath,
      headerLine,
      'header',
      "no dated population column ('Asukkaat yhteensä, YYYY (HE)')",
    );
  const columns = found.map((c) => {
    if (c.year !== null) return { ...c, year: c.year };
    if (c.code !== 'pinta_ala')
      throw new LoadError(file.relPath, headerLine, c.header, 'column label carries no statistical year');
    return { ...c, year: populationYear };
  });
  return { columns, populationYear };
}

export const paavoRelease2020: Source = {
  id: 'paavo-release-2020',
  title: 'Paavo release 2020 with the postal-code municipality key (wide, Finnish labels)',
  ...PAAVO_LICENCE,
  matches: (relPath) => /(^|\/)paavo\/(.*\/)?postinumeroaineisto[^/]*\.csv(\.gz)?$/.test(relPath),
  load(file, sink) {
    const table = readCsvTable(file, { required: KEY_COLUMNS });
    const { columns, populationYear } = classifyColumns(file, table.header, table.headerLine);
    const keyIndex = KEY_COLUMNS.map((k) => table.header.indexOf(k));
    const schema = rowSchema(columns.length);
    const fieldNames = columns.map((c) => c.header);
    // Paavo release N describes the population at 31.12. of year N-2; the folder may name the release.
    const releaseInPath = /release-(\d{4})/.exec(file.relPath)?.[1];
    const release = releaseInPath ? Number(releaseInPath) : populationYear + 2;
    const municipalities = new Set<string>();
    for (const row of table.rows) {
      const input: Record<string, unknown> = { values: columns.map((c) => row.fields[c.index]) };
      KEY_COLUMNS.forEach((k, i) => (input[k] = row.fields[keyIndex[i]]));
      const parsed = parseRow(schema, input, file.relPath, row.line, fieldNames);
      if (!municipalities.has(parsed.kuntakoodi)) {
        municipalities.add(parsed.kuntakoodi);
        sink.add('municipality_key', {
          line: row.line,
          municipality_code: parsed.kuntakoodi,
          name_fi: parsed.kuntanimi,
          name_sv: parsed.kuntanimi_sv,
          region_code: parsed.maakuntakoodi,
          region_name: parsed.maakuntanimi,
          vintage: release,
        });
      }
      for (let i = 0; i < columns.length; i++) {
        const cell = withholdZeroMean(columns[i].code, parsed.values[i]);
        sink.add('postal_observation', {
          line: row.line,
          postal_code: parsed.Postinumero,
          postal_name: parsed['Postinumeroalueen nimi'],
          municipality_code: parsed.kuntakoodi,
          municipality_name: parsed.kuntanimi,
          year: columns[i].year,
          variable: columns[i].code,
          value: cell.value,
          suppressed: cell.suppressed,
        });
      }
    }
  },
};
