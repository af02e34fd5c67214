import { describe, expect, it } from 'vitest';
import { loadFixture, queryRows } from '../../../tests/builders/pipeline-support';
import { paavoTopicTables } from './topic-tables';

const header = '"Postal code area","Inhabitants, total, 2017 (HE)","0-2 years, 2017 (HE)","3-6 years, 2017 (HE)"';
const file = 'paavo/per-topic/Population_structure_2017.csv';

describe('paavo per-topic tables', () => {
  it('loads long rows with the Paavo code and statistical year, skipping the country total', async () => {
    const db = await loadFixture(
      paavoTopicTables,
      file,
      `${header}\n"Finland",100,5,6\n"00100 Helsinki Keskusta   (Helsinki",18284,434,521\n"99999 Tiny   (Kemi )",..,..,..\n`,
    );
    const rows = await queryRows(
      db,
      'SELECT postal_code, municipality_name, year, variable, value, suppressed, line FROM postal_observation ORDER BY line, variable',
    );
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual({
      postal_code: '00100',
      municipality_name: 'Helsinki',
      year: 2017,
      variable: 'he_0_2',
      value: 434,
      suppressed: false,
      line: 3,
    });
    expect(rows.filter((r) => r.postal_code === '99999').every((r) => r.value === null && r.suppressed)).toBe(true);
  });

  it('names file, line and column of a bad value', async () => {
    await expect(loadFixture(paavoTopicTables, file, `${header}\n"00100 A   (Helsinki)",10,-3,4\n`)).rejects.toThrow(
      `${file}:2:0-2 years, 2017 (HE): negative value -3 is not allowed here`,
    );
  });

  it('refuses an unknown column', async () => {
    await expect(loadFixture(paavoTopicTables, file, `${header.replace('3-6 years', 'Pets')}\n`)).rejects.toThrow(
      `${file}:1:Pets, 2017 (HE): unknown column`,
    );
  });
});
