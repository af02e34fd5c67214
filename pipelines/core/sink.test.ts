import { describe, expect, it } from 'vitest';
import { Sink } from './sink';
import { createTestWarehouse, queryRows } from '../../tests/builders/pipeline-support';

describe('Sink', () => {
  it('writes every column type, NULLs and odd strings exactly as given', async () => {
    const connection = await createTestWarehouse();
    const sink = await Sink.open(connection);
    sink.startFile(7);
    sink.add('projection_value', {
      line: 3,
      scope: 'subarea',
      municipality_code: '091',
      municipality_name: null,
      area_code: '09110',
      area_name: 'Kruununhaka "K", ÄÖ\n2',
      vintage: 2019,
      year: 2020,
      variable: 'x',
      value: -1.25,
    });
    sink.add('grid_observation', {
      line: 4,
      year: 2019,
      grid_index: '27699',
      lon: 24.9,
      lat: 60.1,
      cell_size_m: 250,
      variable: 'residents',
      value: null,
      suppressed: true,
    });
    // A number given for a varchar column is stored as its text, as DuckDB's appender did.
    sink.add('municipality_key', {
      line: 5,
      municipality_code: 91 as unknown as string,
      name_fi: 'Helsinki',
      name_sv: null,
      region_code: null,
      region_name: null,
      vintage: 2017,
    });
    expect(sink.rowsOf(7)).toBe(3);
    await sink.close();
    expect(await queryRows(connection, 'SELECT * FROM projection_value')).toEqual([
      {
        file_id: 7,
        line: 3,
        scope: 'subarea',
        municipality_code: '091',
        municipality_name: null,
        area_code: '09110',
        area_name: 'Kruununhaka "K", ÄÖ\n2',
        vintage: 2019,
        year: 2020,
        variable: 'x',
        value: -1.25,
      },
    ]);
    expect(await queryRows(connection, 'SELECT * FROM grid_observation')).toEqual([
      {
        file_id: 7,
        line: 4,
        year: 2019,
        grid_index: '27699',
        lon: 24.9,
        lat: 60.1,
        cell_size_m: 250,
        variable: 'residents',
        value: null,
        suppressed: true,
      },
    ]);
    expect(await queryRows(connection, 'SELECT municipality_code, name_sv FROM municipality_key')).toEqual([
      { municipality_code: '91', name_sv: null },
    ]);
  });

  it('keeps load order across data chunks and files, and counts rows per file', async () => {
    const connection = await createTestWarehouse();
    const sink = await Sink.open(connection);
    const rows = 5000;
    for (const fileId of [1, 2]) {
      sink.startFile(fileId);
      for (let i = 0; i < rows; i++) {
        sink.add('municipal_observation', {
          line: i + 2,
          municipality_code: i % 3 === 0 ? null : String(i % 400).padStart(3, '0'),
          municipality_name: i % 3 === 0 ? `Kunta ${i % 50}` : null,
          year: 1990 + (i % 30),
          variable: 'births',
          value: i % 11 === 0 ? null : i * fileId,
          suppressed: i % 11 === 0,
        });
      }
    }
    expect([sink.rowsOf(1), sink.rowsOf(2), sink.rowsOf(3)]).toEqual([rows, rows, 0]);
    await sink.close();
    const [summary] = await queryRows(
      connection,
      `
      SELECT count(*)::INTEGER AS n,
             count(*) FILTER (WHERE line - 2 <> (rowid % ${rows}) OR file_id <> 1 + rowid // ${rows})::INTEGER AS out_of_order,
             count(*) FILTER (WHERE suppressed <> (value IS NULL))::INTEGER AS bad_nulls,
             count(*) FILTER (WHERE (municipality_code IS NULL) = (municipality_name IS NULL))::INTEGER AS bad_names,
             sum(value)::BIGINT AS total
      FROM municipal_observation`,
    );
    const expectedTotal = [1, 2].reduce(
      (t, f) => t + Array.from({ length: rows }, (_, i) => (i % 11 === 0 ? 0 : i * f)).reduce((a, b) => a + b, 0),
      0,
    );
    expect(summary).toEqual({ n: 2 * rows, out_of_order: 0, bad_nulls: 0, bad_names: 0, total: String(expectedTotal) });
  });

  it('refuses a NULL in a NOT NULL column when the rows are written', async () => {
    const connection = await createTestWarehouse();
    const sink = await Sink.open(connection);
    sink.startFile(1);
    sink.add('municipal_observation', {
      line: 2,
      municipality_code: '091',
      municipality_name: null,
      year: null,
      variable: 'births',
      value: 1,
      suppressed: false,
    });
    await expect(sink.close()).rejects.toThrow(/NOT NULL constraint failed: municipal_observation.year/);
  });
});
