import { describe, expect, it } from 'vitest';
import { loadFixture, queryRows } from '../../../tests/builders/pipeline-support';
import { hsyGrid } from './hsy-grid';

const file = 'helsinki-areas/hsy-grid-1997-2019/hsy_vaestotietoruudukko_1997_2019_long.csv.gz';
const header =
  'year,grid_index,x_center_epsg3879,y_center_epsg3879,lon,lat,cell_size_m,asukkaita,asvaljyys,ika0_9,ika10_19,ika20_29,ika30_39,ika40_49,ika50_59,ika60_69,ika70_79,ika_yli80';

describe('HSY population grid', () => {
  it('withholds the ages of protected cells (all 99) but keeps a real 99 and HSY missing floor area', async () => {
    const db = await loadFixture(
      hsyGrid,
      file,
      [
        header,
        '2019,14,25489250.0,6695750.0,24.805144,60.373927,250,55,999999999.0,99,99,99,99,99,99,99,99,99',
        '1997,177,25489250.0,6695750.0,24.805144,60.373927,500,595,29.0,99,81,53,134,106,77,38,5,2',
      ].join('\n'),
    );
    const got = await queryRows(
      db,
      "SELECT grid_index, year, cell_size_m, variable, value, suppressed FROM grid_observation WHERE variable IN ('residents', 'floor_area_per_resident_m2', 'age_0_9') ORDER BY grid_index, variable",
    );
    expect(got).toEqual([
      { grid_index: '14', year: 2019, cell_size_m: 250, variable: 'age_0_9', value: null, suppressed: true },
      {
        grid_index: '14',
        year: 2019,
        cell_size_m: 250,
        variable: 'floor_area_per_resident_m2',
        value: null,
        suppressed: true,
      },
      { grid_index: '14', year: 2019, cell_size_m: 250, variable: 'residents', value: 55, suppressed: false },
      { grid_index: '177', year: 1997, cell_size_m: 500, variable: 'age_0_9', value: 99, suppressed: false },
      {
        grid_index: '177',
        year: 1997,
        cell_size_m: 500,
        variable: 'floor_area_per_resident_m2',
        value: 29,
        suppressed: false,
      },
      { grid_index: '177', year: 1997, cell_size_m: 500, variable: 'residents', value: 595, suppressed: false },
    ]);
  });

  it('names file, line and column of a bad value, and refuses an unknown column', async () => {
    await expect(
      loadFixture(hsyGrid, file, `${header}\n2019,14,1,1,24.8,60.3,250,5x,1,1,1,1,1,1,1,1,1,1\n`),
    ).rejects.toThrow(`${file}:2:asukkaita: not a number: '5x'`);
    await expect(loadFixture(hsyGrid, file, `${header},ika_yli90\n`)).rejects.toThrow(
      `${file}:1:ika_yli90: unknown column`,
    );
  });
});
