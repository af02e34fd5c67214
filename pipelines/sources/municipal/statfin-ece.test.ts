import { describe, expect, it } from 'vitest';
import { loadFixture, queryRows } from '../../../tests/builders/pipeline-support';
import { statfinEceByAge, statfinEceTotal } from './statfin-ece';

const byAgeFile = 'municipal/ece-participants-2022/ece_participants_by_age_municipality_2022.csv.gz';
const totalFile = 'municipal/ece-participants-2022/ece_participants_total_municipality_2022.csv.gz';
const SQL =
  'SELECT line, municipality_code, municipality_name, year, variable, value FROM municipal_observation ORDER BY line, variable';

describe('StatFin ECE participants', () => {
  it('by age: KUxxx becomes the municipality code, SSS stays the country', async () => {
    const db = await loadFixture(
      statfinEceByAge,
      byAgeFile,
      'year,area_code,age,vaka_lapsi_lkm,vko\n2022,SSS,0,464,63\n2022,KU091,1,2705,404\n',
    );
    expect(await queryRows(db, SQL)).toEqual([
      {
        line: 2,
        municipality_code: 'SSS',
        municipality_name: null,
        year: 2022,
        variable: 'ece_children_age_0',
        value: 464,
      },
      {
        line: 2,
        municipality_code: 'SSS',
        municipality_name: null,
        year: 2022,
        variable: 'ece_foreign_language_children_age_0',
        value: 63,
      },
      {
        line: 3,
        municipality_code: '091',
        municipality_name: null,
        year: 2022,
        variable: 'ece_children_age_1',
        value: 2705,
      },
      {
        line: 3,
        municipality_code: '091',
        municipality_name: null,
        year: 2022,
        variable: 'ece_foreign_language_children_age_1',
        value: 404,
      },
    ]);
  });

  it('by age: refuses an area code that is not SSS/KUxxx and an age outside 0-5', async () => {
    await expect(
      loadFixture(statfinEceByAge, byAgeFile, 'year,area_code,age,vaka_lapsi_lkm,vko\n2022,MK01,1,2705,404\n'),
    ).rejects.toThrow(`${byAgeFile}:2:area_code: expected 'SSS' or 'KU' and a 3-digit municipality code`);
    await expect(
      loadFixture(statfinEceByAge, byAgeFile, 'year,area_code,age,vaka_lapsi_lkm,vko\n2022,KU091,6,2705,404\n'),
    ).rejects.toThrow(`${byAgeFile}:2:age: expected a single age 0, 1, 2, 3, 4, 5`);
  });

  it('all ages: by municipality name, three counts per row', async () => {
    const db = await loadFixture(
      statfinEceTotal,
      totalFile,
      'year,area_name,age,vaka_lapsi_lkm,ulko,vko\n2022,Helsinki,Kaikki ikäluokat,30753,3221,6948\n',
    );
    expect((await queryRows(db, SQL)).map((r) => [r.municipality_name, r.variable, r.value])).toEqual([
      ['Helsinki', 'ece_children_total', 30753],
      ['Helsinki', 'ece_foreign_citizen_children_total', 3221],
      ['Helsinki', 'ece_foreign_language_children_total', 6948],
    ]);
  });

  it('all ages: refuses a row of one age group and an unknown column', async () => {
    await expect(
      loadFixture(statfinEceTotal, totalFile, 'year,area_name,age,vaka_lapsi_lkm,ulko,vko\n2022,Helsinki,3,5357,1,1\n'),
    ).rejects.toThrow(`${totalFile}:2:age: expected 'Kaikki ikäluokat' (all ages)`);
    await expect(
      loadFixture(
        statfinEceTotal,
        totalFile,
        'year,area_name,age,vaka_lapsi_lkm,ulko,vko,sv\n2022,Helsinki,Kaikki ikäluokat,1,1,1,1\n',
      ),
    ).rejects.toThrow(`${totalFile}:1:sv: unknown column`);
  });
});
