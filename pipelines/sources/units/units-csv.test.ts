import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Sink } from '../../core/sink';
import { writeFixture } from '../../../tests/builders/pipeline-support';
import { eceUnitsSource, loadUnitsCsv } from './units-csv';

const header =
  'unit_id,name_fi,name_sv,language,provider,lon,lat,postal_code,municipality_code,capacity_under3,capacity_3plus,floor_area_m2,opening_year,closing_year,preschool,synthetic';
const row1 =
  'HKI-S-001,Synthetic unit 00100-1,Syntetisk enhet 00100-1,fi,municipal,24.9384,60.1699,00100,091,24,63,720.5,1995,,true,true';
const row2 =
  'HKI-S-002,"Synthetic unit 00530-1, Kallio",,sv,private,24.9500,60.1840,00530,091,12,42,,2001,2027,false,true';
const file = 'units/helsinki_units.csv';
const load = (text: string, rel = file) => loadUnitsCsv(writeFixture(rel, text));

describe('ECE units registry CSV', () => {
  it('recognises units/*.csv and .csv.gz anywhere under the raw folder', () => {
    expect(eceUnitsSource.matches('units/helsinki_synthetic_units.csv')).toBe(true);
    expect(eceUnitsSource.matches('units/espoo_2025.csv.gz')).toBe(true);
    expect(eceUnitsSource.matches('units/SOURCE.txt')).toBe(false);
    expect(eceUnitsSource.matches('paavo/units.csv')).toBe(false);
  });

  it('loads units with typed values, empty cells as null', () => {
    const units = load(`${header}\n${row1}\n${row2}\n`);
    expect(units).toHaveLength(2);
    expect(units[0]).toEqual({
      unitId: 'HKI-S-001',
      nameFi: 'Synthetic unit 00100-1',
      nameSv: 'Syntetisk enhet 00100-1',
      language: 'fi',
      provider: 'municipal',
      lon: 24.9384,
      lat: 60.1699,
      postalCode: '00100',
      municipalityCode: '091',
      capacityUnder3: 24,
      capacity3plus: 63,
      floorAreaM2: 720.5,
      openingYear: 1995,
      closingYear: null,
      preschool: true,
      synthetic: true,
    });
    expect(units[1]).toMatchObject({
      nameFi: 'Synthetic unit 00530-1, Kallio',
      nameSv: null,
      floorAreaM2: null,
      closingYear: 2027,
      preschool: false,
    });
  });

  it('hands the sink ece_unit rows stamped with their source line', async () => {
    const rows: { table: string; row: Record<string, unknown> }[] = [];
    const sink = { add: (table: string, row: Record<string, unknown>) => rows.push({ table, row }) } as unknown as Sink;
    await eceUnitsSource.load(writeFixture(file, `${header}\n\n${row1}\n${row2}\n`), sink);
    expect(rows.map((r) => [r.table, r.row.line, r.row.unit_id])).toEqual([
      ['ece_unit', 3, 'HKI-S-001'],
      ['ece_unit', 4, 'HKI-S-002'],
    ]);
    expect(rows[1].row).toMatchObject({ capacity_3plus: 42, closing_year: 2027, synthetic: true, name_sv: null });
  });

  it('accepts any column order and a gzipped file', () => {
    const cols = header.split(',');
    const reordered = [...cols].reverse().join(',');
    const values = row1.split(',').reverse().join(',');
    // writeFixture gzips files named .gz.
    expect(loadUnitsCsv(writeFixture('units/x.csv.gz', `${reordered}\n${values}\n`))[0].unitId).toBe('HKI-S-001');
  });

  it('refuses a negative capacity with file:line:field', () => {
    expect(() => load(`${header}\n${row1}\n${row2.replace(',12,42,', ',-12,42,')}\n`)).toThrow(
      `${file}:3:capacity_under3: capacity cannot be negative`,
    );
  });

  it('refuses a duplicate unit_id, naming the first line', () => {
    expect(() => load(`${header}\n${row1}\n${row1}\n`)).toThrow(
      `${file}:3:unit_id: duplicate unit_id 'HKI-S-001' (first on line 2)`,
    );
  });

  it('refuses an unknown column and a missing one', () => {
    expect(() => load(`${header},shift\n${row1},2\n`)).toThrow(`${file}:1:shift: unknown column`);
    expect(() => load(`${header.replace(',synthetic', '')}\n${row1.replace(/,true$/, '')}\n`)).toThrow(
      `${file}:1:synthetic: required column is missing`,
    );
  });

  it('refuses a truncated row, another delimiter, and a file that is not UTF-8', () => {
    expect(() => load(`${header}\n${row2}\n${row1.slice(0, 40)}\n`)).toThrow(
      `${file}:3:row: expected 16 fields, found 3`,
    );
    expect(() => load(`${header.replaceAll(',', ';')}\n${row1.replaceAll(',', ';')}\n`)).toThrow(
      `${file}:1:header: expected ','-separated columns, found one column (it looks ';'-separated)`,
    );
    const latin1 = Buffer.concat([
      Buffer.from(`${header}\n`),
      Buffer.from(row1.replace('Synthetic', 'Päiväkoti'), 'latin1'),
    ]);
    expect(() => loadUnitsCsv(writeFixture(file, latin1))).toThrow(`${file}:2:encoding: not valid UTF-8`);
    const truncated = writeFixture('units/y.csv.gz', `${header}\n${row1}\n`);
    writeFileSync(truncated.absPath, gzipSync(`${header}\n${row1}\n`).subarray(0, 30));
    expect(() => loadUnitsCsv(truncated)).toThrow('units/y.csv.gz:0:file: cannot decompress gzip');
  });

  it('refuses bad values: coordinates outside Finland, flags, years, codes', () => {
    expect(() => load(`${header}\n${row1.replace('60.1699', '48.85')}\n`)).toThrow(
      `${file}:2:lat: latitude outside Finland`,
    );
    expect(() => load(`${header}\n${row1.replace(/true,true$/, 'yes,true')}\n`)).toThrow(
      `${file}:2:preschool: expected 'true' or 'false'`,
    );
    expect(() => load(`${header}\n${row2.replace('2001,2027', '2001,1999')}\n`)).toThrow(
      `${file}:2:closing_year: closing year must come after the opening year`,
    );
    expect(() => load(`${header}\n${row1.replace(',091,', ',91,')}\n`)).toThrow(
      `${file}:2:municipality_code: expected a 3-digit municipality code`,
    );
    expect(() => load(`${header}\n${row1.replace(',24,63,', ',2.5,63,')}\n`)).toThrow(
      `${file}:2:capacity_under3: expected a whole number of places`,
    );
  });
});
