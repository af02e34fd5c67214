import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parseCsv } from '../../pipelines/core/parse-csv';

/**
 * A raw folder with the shipped files the wellbeing wing reads (the Diak series, StatFin key figures,
 * Sotkanet indicators and population, the municipality keys), copied from data/raw - which is only read -
 * into a fresh temporary folder, optionally edited on the way (for the leakage tests).
 */
export const DIAK_SERIES = 'wellbeing/diak-huono-osaisuus-2011-2017/hos_aikasarja_2011_2017.csv.gz';
export const DIAK_POPULATION = 'wellbeing/diak-huono-osaisuus-2011-2017/pop_data_2011_2017.csv.gz';

export const WELLBEING_RAW_FILES = [
  DIAK_SERIES,
  DIAK_POPULATION,
  'municipal/births-and-key-figures/kunta_maakunta_yhteys.csv.gz',
  'municipal/births-and-key-figures/kuntien_avainluvut_2000_2017.csv.gz',
  'municipal/sotkanet-indicators-1990-2012/sotkanet_municipality_key_2013.csv.gz',
  'municipal/sotkanet-indicators-1990-2012/sotkanet_selected_indicators_municipal_1990_2012_long.csv.gz',
  'municipal/sotkanet_population_municipality_2000_2021.csv.gz',
] as const;

/** Edits one CSV file: each data row's fields (by header name) may be changed; the header stays. */
export type RowEdit = (row: Record<string, string>) => void;

/** RFC 4180 quoting only (the product's CSV writer also neutralises formulas, which would change values). */
const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

export function editCsvRows(text: string, edit: RowEdit): string {
  const [header, ...rows] = parseCsv(text, ',', 'fixture');
  const names = header.fields;
  const lines = [names.map(quote).join(',')];
  for (const r of rows) {
    const row = Object.fromEntries(names.map((n, i) => [n, r.fields[i]]));
    edit(row);
    lines.push(names.map((n) => quote(row[n])).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** Postal and district files for tests of the area profiles: Paavo 2016 for all of Finland, Helsinki's polygons and key figures. */
export const PROFILE_RAW_FILES = [
  'paavo/finland-2012-2017-per-topic/Educational_structure_2016.csv.gz',
  'paavo/finland-2012-2017-per-topic/Inhabitants_disposable_monetary_income_2016.csv.gz',
  'paavo/finland-2012-2017-per-topic/Main_type_of_activity_2016.csv.gz',
  'paavo/finland-2012-2017-per-topic/Population_structure_2016.csv.gz',
  'paavo/finland-2012-2017-per-topic/Size_and_stage_in_life_of_households_2016.csv.gz',
  'geo/helsinki_postal_areas_paavo_wgs84.geojson.gz',
  'helsinki-areas/keyfigures-2011/helsinki_alueittain_keyfigures_by_peruspiiri_2011.csv.gz',
] as const;

export function makeWellbeingRaw(
  edits: Partial<Record<string, RowEdit>> = {},
  root = mkdtempSync(path.join(tmpdir(), 'th-wb-raw-')),
  also: readonly string[] = [],
): string {
  for (const rel of [...WELLBEING_RAW_FILES, ...also]) {
    const from = path.resolve('data/raw', rel);
    const to = path.join(root, rel);
    mkdirSync(path.dirname(to), { recursive: true });
    const edit = edits[rel];
    if (!edit) copyFileSync(from, to);
    else writeFileSync(to, gzipSync(editCsvRows(gunzipSync(readFileSync(from)).toString('utf8'), edit)));
  }
  return root;
}
