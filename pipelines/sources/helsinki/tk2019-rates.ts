import { z } from 'zod';
import { LoadError } from '../../core/load-error';
import { readCsvTable } from '../../core/read-csv-table';
import type { RawFile } from '../../core/read-raw-file';
import type { Sink } from '../../core/sink';
import type { Source } from '../../core/source';
import { parseRow, statCellSchema, yearSchema } from '../../core/values';
import { HELSINKI_PROJECTION_LICENCE } from '../licences';

/**
 * Rates of Statistics Finland's 2019 population projection as used by the Helsinki-region projection model
 * (PKS_hed_2021, PKS_kv_2021), per year 2020-2040 and area type: one row per (year, area), one column per
 * sex and age. Ages are completed years at the start of the year (the model applies h<a>/mkv<a> to the
 * population aged a on 31.12 of the previous year); the last mortality age 99 is the open group 99+.
 */
const REGIONS: Record<string, { code: string; name: string }> = {
  '1': { code: '049', name: 'Espoo' },
  '2': { code: '091', name: 'Helsinki' },
  '3': { code: '092', name: 'Vantaa' },
  '4': { code: '235', name: 'Kauniainen' },
  // KUUMA = the Central Uusimaa municipalities around the capital region; the source gives their weighted mean.
  '5': { code: 'KUUMA', name: 'KUUMA-kunnat (painotettu keskiarvo)' },
};

interface RateColumn {
  measure: string;
  sex: string;
  age: number;
}

function loadRates(
  file: RawFile,
  sink: Sink,
  regionColumn: string,
  classify: (header: string) => RateColumn | null,
): void {
  const table = readCsvTable(file, { required: ['vuosi', regionColumn] });
  if (table.header[0] !== 'vuosi' || table.header[1] !== regionColumn) {
    throw new LoadError(
      file.relPath,
      table.headerLine,
      table.header[0],
      `expected the columns 'vuosi', '${regionColumn}' first`,
    );
  }
  const columns = table.header.slice(2).map((h) => {
    const column = classify(h);
    if (!column)
      throw new LoadError(file.relPath, table.headerLine, h, 'unknown column: not a rate column this pipeline knows');
    return column;
  });
  const schema = z.object({
    year: yearSchema,
    region: z.enum(Object.keys(REGIONS) as [string, ...string[]], {
      message: `area type must be one of ${Object.keys(REGIONS).join(', ')}`,
    }),
    values: z.array(statCellSchema({ suppressedTokens: [] })).length(columns.length),
  });
  for (const { line, fields } of table.rows) {
    const row = parseRow(
      schema,
      { year: fields[0], region: fields[1], values: fields.slice(2) },
      file.relPath,
      line,
      table.header.slice(2),
    );
    const region = REGIONS[row.region];
    row.values.forEach((cell, i) => {
      const { measure, sex, age } = columns[i];
      sink.add('projection_rate', {
        line,
        region_code: region.code,
        region_name: region.name,
        year: row.year,
        measure,
        sex,
        age,
        value: cell.value,
      });
    });
  }
}

export const tk2019Fertility: Source = {
  id: 'tk2019-fertility',
  title: 'Age-specific fertility rates of the TK 2019 projection, capital region and KUUMA (2020-2040)',
  ...HELSINKI_PROJECTION_LICENCE,
  matches: (relPath) => /(^|\/)[a-z_]+_fertility_rates_tk\d{4}_projection_\d{4}_\d{4}\.csv(\.gz)?$/.test(relPath),
  load(file, sink) {
    loadRates(file, sink, 'hedtyyp', (h) => {
      const m = /^h(\d{2})$/.exec(h);
      return m ? { measure: 'fertility_per_1000_women', sex: 'female', age: Number(m[1]) } : null;
    });
  },
};

const SEX: Record<string, string> = { m: 'male', n: 'female' };

export const tk2019Mortality: Source = {
  id: 'tk2019-mortality',
  title: 'Death probabilities of the TK 2019 projection, capital region and KUUMA (2020-2040)',
  ...HELSINKI_PROJECTION_LICENCE,
  matches: (relPath) => /(^|\/)[a-z_]+_mortality_rates_tk\d{4}_projection_\d{4}_\d{4}\.csv(\.gz)?$/.test(relPath),
  load(file, sink) {
    loadRates(file, sink, 'kvtyyp', (h) => {
      const m = /^([mn])kv(s|\d{1,2})$/.exec(h);
      if (!m) return null;
      // mkvs/nkvs: "syntyvien kuolemanvaara syntymävuoden aikana" - the probability that a child born during
      // the year dies before the year ends (the model multiplies the year's births by 1 - kvs/1000). Kept as
      // its own measure at age 0, distinct from kv0 (those aged 0 at the start of the year).
      if (m[2] === 's') return { measure: 'death_probability_birth_year_per_1000', sex: SEX[m[1]], age: 0 };
      return { measure: 'death_probability_per_1000', sex: SEX[m[1]], age: Number(m[2]) };
    });
  },
};
