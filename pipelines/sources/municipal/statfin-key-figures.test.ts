import { describe, expect, it } from 'vitest';
import { loadFixture, queryRows } from '../../../tests/builders/pipeline-support';
import { statfinKeyFigures } from './statfin-key-figures';

const file = 'municipal/births-and-key-figures/kuntien_avainluvut_2000_2017.csv.gz';
const header = '"Alue 2017";"Tiedot";"2015";"2016";"2017"';

describe('StatFin municipal key figures', () => {
  it('maps each indicator label to its code; balances may be negative, ".." is withheld', async () => {
    const db = await loadFixture(
      statfinKeyFigures,
      file,
      [
        header,
        '"KOKO MAA";"Syntyneiden enemmyys, henkilöä";2980;-1109;..',
        '"Helsinki";"Väkiluku";628208;635181;643272',
        '"Helsinki";"Kuntien välinen muuttovoitto/-tappio, henkilöä";3564;3285;..',
      ].join('\n'),
    );
    const rows = await queryRows(
      db,
      'SELECT line, municipality_code, municipality_name, year, variable, value, suppressed FROM municipal_observation ORDER BY line, year',
    );
    expect(rows).toHaveLength(9);
    expect(rows[1]).toEqual({
      line: 2,
      municipality_code: 'SSS',
      municipality_name: 'KOKO MAA',
      year: 2016,
      variable: 'natural_increase',
      value: -1109,
      suppressed: false,
    });
    expect(rows[2]).toMatchObject({ year: 2017, variable: 'natural_increase', value: null, suppressed: true });
    expect(rows[5]).toEqual({
      line: 3,
      municipality_code: null,
      municipality_name: 'Helsinki',
      year: 2017,
      variable: 'population',
      value: 643272,
      suppressed: false,
    });
    expect(rows[6]).toMatchObject({ variable: 'net_migration_intermunicipal', value: 3564 });
  });

  it('refuses an unknown indicator and a negative population', async () => {
    await expect(loadFixture(statfinKeyFigures, file, `${header}\n"Helsinki";"Koirien määrä";1;2;3\n`)).rejects.toThrow(
      `${file}:2:Tiedot: unknown indicator 'Koirien määrä'`,
    );
    await expect(
      loadFixture(statfinKeyFigures, file, `${header}\n"Helsinki";"Väkiluku";628208;-635181;643272\n`),
    ).rejects.toThrow(`${file}:2:2016: negative value -635181 is not allowed here`);
  });

  it('refuses a year column that carries a measure label', async () => {
    await expect(
      loadFixture(statfinKeyFigures, file, `"Alue 2017";"Tiedot";"2015";"2016 Väkiluku"\n"Helsinki";"Väkiluku";1;2\n`),
    ).rejects.toThrow(`${file}:1:2016 Väkiluku: unknown column: expected a bare year`);
  });
});
