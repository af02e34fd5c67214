import { describe, expect, it } from 'vitest';
import { loadFixture, queryRows } from '../../../tests/builders/pipeline-support';
import { aluesarjatHierarchy } from './aluesarjat-hierarchy';

const file = 'helsinki-areas/aluesarjat-1962-2010/helsinki_area_hierarchy_2010.csv.gz';
const header = 'kunta,suurpiiri,peruspiiri,osa_alue';

describe('Aluesarjat area hierarchy', () => {
  it('writes each area once with its parent, in canonical codes', async () => {
    const db = await loadFixture(
      aluesarjatHierarchy,
      file,
      [
        header,
        '091 Helsinki,091 1 Eteläinen suurpiiri,091 101 Vironniemen peruspiiri,091 10 Kruununhaka',
        '091 Helsinki,091 1 Eteläinen suurpiiri,091 101 Vironniemen peruspiiri,091 20 Kluuvi',
        '091 Helsinki,091 999 Muut,,',
      ].join('\n'),
    );
    expect(
      await queryRows(
        db,
        'SELECT area_code, area_level, parent_code, parent_level, line FROM subarea_hierarchy ORDER BY area_code',
      ),
    ).toEqual([
      { area_code: '091', area_level: 'city', parent_code: null, parent_level: null, line: 2 },
      { area_code: '0911', area_level: 'suurpiiri', parent_code: '091', parent_level: 'city', line: 2 },
      { area_code: '09110', area_level: 'osa-alue', parent_code: '091101P', parent_level: 'peruspiiri', line: 2 },
      { area_code: '091101P', area_level: 'peruspiiri', parent_code: '0911', parent_level: 'suurpiiri', line: 2 },
      { area_code: '09120', area_level: 'osa-alue', parent_code: '091101P', parent_level: 'peruspiiri', line: 3 },
      { area_code: '091999', area_level: 'unallocated', parent_code: '091', parent_level: 'city', line: 4 },
    ]);
  });

  it('refuses an area filed under two parents and a label in the wrong column', async () => {
    const first = '091 Helsinki,091 1 Eteläinen suurpiiri,091 101 Vironniemen peruspiiri,091 10 Kruununhaka';
    await expect(
      loadFixture(
        aluesarjatHierarchy,
        file,
        `${header}\n${first}\n${first.replace('091 101 Vironniemen', '091 102 Ullanlinnan')}\n`,
      ),
    ).rejects.toThrow(`${file}:3:osa_alue: '091 10 Kruununhaka' is under 091102P here but under 091101P on line 2`);
    await expect(
      loadFixture(aluesarjatHierarchy, file, `${header}\n091 Helsinki,091 10 Kruununhaka,,\n`),
    ).rejects.toThrow(`${file}:2:suurpiiri: '091 10 Kruununhaka' has level 'osa-alue', not 'suurpiiri'`);
  });
});
