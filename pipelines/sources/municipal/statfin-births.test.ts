import { describe, expect, it } from 'vitest';
import { loadFixture, queryRows } from '../../../tests/builders/pipeline-support';
import { statfinBirths } from './statfin-births';

const totalsFile = 'municipal/births-and-key-figures/syntyneet_lapset_2000_2017.csv.gz';
const totalsHeader =
  '"Alue";"2000 Sukupuolet yhteensä Elävänä syntyneet, lkm";"2017 Sukupuolet yhteensä Elävänä syntyneet, lkm"';
const byAgeFile = 'municipal/births-and-key-figures/syntyneet_lapset_1987_2016.csv.gz';
const byAgeHeader =
  '"Alue";"Äidin ikä";"2016 Sukupuolet yhteensä Elävänä syntyneet, lkm";"2016 Pojat Elävänä syntyneet, lkm";"2016 Tytöt Elävänä syntyneet, lkm"';
const SQL =
  'SELECT line, municipality_code, municipality_name, year, variable, value, suppressed FROM municipal_observation ORDER BY line, year, variable';

describe('StatFin births', () => {
  it('loads live births per year; the country total gets code SSS, municipalities keep their name', async () => {
    const db = await loadFixture(
      statfinBirths,
      totalsFile,
      `${totalsHeader}\n"KOKO MAA";56742;50321\n"Helsinki";6282;6566\n`,
    );
    expect(await queryRows(db, SQL)).toEqual([
      {
        line: 2,
        municipality_code: 'SSS',
        municipality_name: 'KOKO MAA',
        year: 2000,
        variable: 'births',
        value: 56742,
        suppressed: false,
      },
      {
        line: 2,
        municipality_code: 'SSS',
        municipality_name: 'KOKO MAA',
        year: 2017,
        variable: 'births',
        value: 50321,
        suppressed: false,
      },
      {
        line: 3,
        municipality_code: null,
        municipality_name: 'Helsinki',
        year: 2000,
        variable: 'births',
        value: 6282,
        suppressed: false,
      },
      {
        line: 3,
        municipality_code: null,
        municipality_name: 'Helsinki',
        year: 2017,
        variable: 'births',
        value: 6566,
        suppressed: false,
      },
    ]);
  });

  it("loads the mother's-age layout of the same file name with _mother_age_ codes", async () => {
    const db = await loadFixture(
      statfinBirths,
      byAgeFile,
      `${byAgeHeader}\n"Helsinki";"Ikäluokat yhteensä";6803;3490;3313\n"Helsinki";"- 19";..;..;..\n"Helsinki";"45 -";71;38;33\n`,
    );
    const rows = await queryRows(db, SQL);
    expect(rows.map((r) => [r.variable, r.value])).toEqual([
      ['births_boys_mother_age_all', 3490],
      ['births_girls_mother_age_all', 3313],
      ['births_mother_age_all', 6803],
      ['births_boys_mother_age_under_20', null],
      ['births_girls_mother_age_under_20', null],
      ['births_mother_age_under_20', null],
      ['births_boys_mother_age_45_over', 38],
      ['births_girls_mother_age_45_over', 33],
      ['births_mother_age_45_over', 71],
    ]);
    expect(rows.filter((r) => r.value === null).every((r) => r.suppressed)).toBe(true);
  });

  it("refuses an unknown mother's age group, a negative count and an unknown column", async () => {
    await expect(loadFixture(statfinBirths, byAgeFile, `${byAgeHeader}\n"Helsinki";"15 - 19";1;1;0\n`)).rejects.toThrow(
      `${byAgeFile}:2:Äidin ikä: unknown mother's age group '15 - 19'`,
    );
    await expect(loadFixture(statfinBirths, totalsFile, `${totalsHeader}\n"Helsinki";6282;-3\n`)).rejects.toThrow(
      `${totalsFile}:2:2017 Sukupuolet yhteensä Elävänä syntyneet, lkm: negative value -3 is not allowed here`,
    );
    await expect(
      loadFixture(
        statfinBirths,
        totalsFile,
        `${totalsHeader.replace('2017 Sukupuolet yhteensä', '2017 Kuolleet')}\n"Helsinki";6282;1\n`,
      ),
    ).rejects.toThrow(`${totalsFile}:1:2017 Kuolleet Elävänä syntyneet, lkm: unknown column`);
    await expect(
      loadFixture(
        statfinBirths,
        totalsFile,
        `"Kunta";"Alue";"2000 Sukupuolet yhteensä Elävänä syntyneet, lkm"\n"x";"Helsinki";1\n`,
      ),
    ).rejects.toThrow(`${totalsFile}:1:Kunta: unknown column: expected one matching /^Alue( \\d{4})?$/`);
  });

  it('recognises its exports by name pattern only under municipal/', () => {
    expect(statfinBirths.matches('municipal/births-and-key-figures/syntyneet_lapset_2000_2018.csv.gz')).toBe(true);
    expect(statfinBirths.matches('municipal/syntyneet_lapset_2000_2018.csv')).toBe(true);
    expect(statfinBirths.matches('paavo/syntyneet_lapset_2000_2018.csv.gz')).toBe(false);
    expect(statfinBirths.matches('municipal/births-and-key-figures/kokonaishedelmallisyys_2000_2016.csv.gz')).toBe(
      false,
    );
  });
});
