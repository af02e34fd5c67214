import { z } from 'zod';
import { LoadError } from '../../core/load-error';
import { readCsvTable } from '../../core/read-csv-table';
import type { Source } from '../../core/source';
import { parseRow, statCellSchema, yearSchema, type StatValue } from '../../core/values';
import { HSY_LICENCE } from '../licences';
import { parseStatCell } from './stat-cells';

/**
 * HSY population grid (Väestötietoruudukko) of Helsinki, Espoo, Vantaa and Kauniainen in long form: one row
 * per cell and year (500 m cells 1997-2012, 250 m from 2013). The year is HSY's edition year, kept as published.
 * Cell 27699 (in the sea off Helsinki, floor area 0, ~37k residents in 2019) apparently holds residents HSY
 * could not place; it is kept as published, so the cells sum to HSY's total.
 */
const KEYS = ['year', 'grid_index', 'x_center_epsg3879', 'y_center_epsg3879', 'lon', 'lat', 'cell_size_m'] as const;
const VALUE_COLUMNS: Record<string, string> = {
  asukkaita: 'residents',
  asvaljyys: 'floor_area_per_resident_m2',
  ika0_9: 'age_0_9',
  ika10_19: 'age_10_19',
  ika20_29: 'age_20_29',
  ika30_39: 'age_30_39',
  ika40_49: 'age_40_49',
  ika50_59: 'age_50_59',
  ika60_69: 'age_60_69',
  ika70_79: 'age_70_79',
  ika_yli80: 'age_80_over',
};
const AGE_COLUMNS = Object.keys(VALUE_COLUMNS).filter((c) => c.startsWith('ika'));
/** HSY writes 99 in every age column of a protected cell (fewer than 100 residents). */
const PROTECTED = 99;
/** HSY's missing-value code for floor area per resident. */
const NO_FLOOR_AREA = 999999999;
/** Real values reach ~950 m2 in near-empty cells; anything far above is another sentinel, refused. */
const MAX_FLOOR_AREA = 10_000;
const WITHHELD: StatValue = { value: null, suppressed: true };

const coordinate = z.coerce.number().finite();
const rowSchema = z.object({
  year: yearSchema,
  grid_index: z.string().regex(/^\d+$/, 'grid index must be a number'),
  lon: coordinate.min(19).max(32),
  lat: coordinate.min(59).max(71),
  cell_size_m: z.coerce.number().int().positive(),
});
const valueCell = statCellSchema({ suppressedTokens: [] });

export const hsyGrid: Source = {
  id: 'hsy-grid',
  title: 'HSY population grid (Väestötietoruudukko), capital region, 1997-2019',
  ...HSY_LICENCE,
  matches: (relPath) => /(^|\/)hsy_vaestotietoruudukko_\d{4}_\d{4}_long\.csv(\.gz)?$/.test(relPath),
  load(file, sink) {
    const table = readCsvTable(file, { required: [...KEYS, ...Object.keys(VALUE_COLUMNS)] });
    const unknown = table.header.find((h) => !(KEYS as readonly string[]).includes(h) && !(h in VALUE_COLUMNS));
    if (unknown) throw new LoadError(file.relPath, table.headerLine, unknown, 'unknown column');
    const at = (name: string) => table.header.indexOf(name);
    const valueNames = Object.keys(VALUE_COLUMNS);
    const valueIdx = valueNames.map(at);
    const [yearIdx, gridIdx, lonIdx, latIdx, sizeIdx] = ['year', 'grid_index', 'lon', 'lat', 'cell_size_m'].map(at);
    const ageSlots = AGE_COLUMNS.map((c) => valueNames.indexOf(c));
    const floorSlot = valueNames.indexOf('asvaljyys');
    const residentsSlot = valueNames.indexOf('asukkaita');
    for (const { line, fields } of table.rows) {
      const input = {
        year: fields[yearIdx],
        grid_index: fields[gridIdx],
        lon: fields[lonIdx],
        lat: fields[latIdx],
        cell_size_m: fields[sizeIdx],
      };
      const row = parseRow(rowSchema, input, file.relPath, line);
      const values = valueIdx.map((i) => parseStatCell(fields[i], valueCell, file.relPath, line, table.header[i]));
      // A lone 99 among real counts is a real 99 (the ages then sum to the residents); only all-99 is protection.
      if (ageSlots.every((s) => values[s].value === PROTECTED)) for (const s of ageSlots) values[s] = WITHHELD;
      // 0 m2 per resident in a cell with residents is not a measurement but an unknown floor area.
      const floor = values[floorSlot].value;
      if (floor === NO_FLOOR_AREA || (floor === 0 && (values[residentsSlot].value ?? 0) > 0))
        values[floorSlot] = WITHHELD;
      const kept = values[floorSlot].value;
      if (kept !== null && kept > MAX_FLOOR_AREA)
        throw new LoadError(
          file.relPath,
          line,
          'asvaljyys',
          `implausible floor area per resident ${kept} (an unknown missing-value code?)`,
        );
      for (let i = 0; i < values.length; i++) {
        sink.add('grid_observation', {
          line,
          year: row.year,
          grid_index: row.grid_index,
          lon: row.lon,
          lat: row.lat,
          cell_size_m: row.cell_size_m,
          variable: VALUE_COLUMNS[valueNames[i]],
          value: values[i].value,
          suppressed: values[i].suppressed,
        });
      }
    }
  },
};
