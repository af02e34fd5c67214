import { z } from 'zod';
import { LoadError } from '../../core/load-error';
import { readCsvTable } from '../../core/read-csv-table';
import type { Source } from '../../core/source';
import { parseRow } from '../../core/values';
import { SOTKANET_LICENCE } from '../licences';
import { areaNameSchema, municipalFile, municipalityCodeSchema, namedFields } from './municipal-file';

/**
 * Sotkanet municipality key of the 2013 division (sotkanet_municipality_key_2013.csv): region.code is the
 * 3-digit municipality code, region.title.fi its name. It lists the municipalities merged in 2015-2017
 * (Jalasjärvi, Nastola, ...), whose names the 2013-2017 sources still use. Sotkanet's region ids are its own,
 * so the maakunta gets the official two-digit code by its name (same codes as the StatFin key).
 */
const MAAKUNTA_CODES: Record<string, string> = {
  Uusimaa: '01',
  'Varsinais-Suomi': '02',
  Satakunta: '04',
  'Kanta-Häme': '05',
  Pirkanmaa: '06',
  'Päijät-Häme': '07',
  Kymenlaakso: '08',
  'Etelä-Karjala': '09',
  'Etelä-Savo': '10',
  'Pohjois-Savo': '11',
  'Pohjois-Karjala': '12',
  'Keski-Suomi': '13',
  'Etelä-Pohjanmaa': '14',
  Pohjanmaa: '15',
  'Keski-Pohjanmaa': '16',
  'Pohjois-Pohjanmaa': '17',
  Kainuu: '18',
  Lappi: '19',
  Ahvenanmaa: '21',
};
const COLUMNS = ['region.code', 'region.title.fi', 'region.category', 'maakunta.title.fi'] as const;
/** Sotkanet's own ids, URIs and sub-regions: not needed for the key. */
const IGNORED = ['region', 'region.uri', 'maakunta.region', 'seutukunta.region', 'seutukunta.title.fi', 'Code'];
const rowSchema = z.object({
  'region.code': municipalityCodeSchema,
  'region.title.fi': areaNameSchema,
  'region.category': z.literal('KUNTA', { error: "expected 'KUNTA' (a municipality)" }),
  'maakunta.title.fi': areaNameSchema,
});

export const sotkanetMunicipalityKey: Source = {
  id: 'sotkanet-municipality-key',
  title: 'Sotkanet municipality key (division of the file year)',
  ...SOTKANET_LICENCE,
  matches: municipalFile(/^sotkanet_municipality_key_\d{4}\.csv$/),
  load(file, sink) {
    const vintage = Number(/_(\d{4})\.csv/.exec(file.relPath)![1]);
    const table = readCsvTable(file, { required: COLUMNS });
    const pick = namedFields(file.relPath, table, COLUMNS, IGNORED);
    for (const row of table.rows) {
      const r = parseRow(rowSchema, pick(row.fields), file.relPath, row.line);
      const regionCode = MAAKUNTA_CODES[r['maakunta.title.fi']];
      if (!regionCode)
        throw new LoadError(
          file.relPath,
          row.line,
          'maakunta.title.fi',
          `unknown maakunta '${r['maakunta.title.fi']}'`,
        );
      sink.add('municipality_key', {
        line: row.line,
        municipality_code: r['region.code'],
        name_fi: r['region.title.fi'],
        name_sv: null,
        region_code: regionCode,
        region_name: r['maakunta.title.fi'],
        vintage,
      });
    }
  },
};
