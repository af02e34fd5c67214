import { describe, expect, it } from 'vitest';
import { loadFixture, queryRows } from '../../../tests/builders/pipeline-support';
import { paavoRelease2020 } from './release-2020';

const file = 'paavo/release-2020-year-2018/postinumeroaineisto_helsinki.csv';
const header =
  'Postinumero,Postinumeroalueen nimi,Postinumeroalueen pinta-ala,"Asukkaat yhteensä, 2018 (HE)","0-2-vuotiaat, 2018 (HE)",' +
  '"Asukkaiden mediaanitulot, 2017 (HR)","Talouksien keskikoko, 2018 (TE)",postitoimipaikka,kuntanimi,maakuntakoodi,kuntakoodi,kuntanimi_sv,maakuntanimi,frequency';
const row = (code: string, rest: string) =>
  `${code},Punavuori (Helsinki),414010,${rest},HELSINKI,Helsinki,1,91,Helsingfors,Uusimaa,227`;

describe('paavo release 2020 (postinumeroaineisto)', () => {
  it('loads dated values with decimal commas, the municipality code and one municipality key', async () => {
    const text = `${header}\n${row('00120', '7161,155,27523,"1,8"')}\n${row('00230', '0,0,0,"0,0"')}\n`;
    const db = await loadFixture(paavoRelease2020, file, text);
    const rows = await queryRows(
      db,
      "SELECT postal_name, municipality_code, year, variable, value, suppressed, line FROM postal_observation WHERE postal_code = '00120' ORDER BY variable",
    );
    expect(rows).toEqual([
      {
        postal_name: 'Punavuori',
        municipality_code: '091',
        year: 2018,
        variable: 'he_0_2',
        value: 155,
        suppressed: false,
        line: 2,
      },
      {
        postal_name: 'Punavuori',
        municipality_code: '091',
        year: 2018,
        variable: 'he_vakiy',
        value: 7161,
        suppressed: false,
        line: 2,
      },
      {
        postal_name: 'Punavuori',
        municipality_code: '091',
        year: 2017,
        variable: 'hr_mtu',
        value: 27523,
        suppressed: false,
        line: 2,
      },
      {
        postal_name: 'Punavuori',
        municipality_code: '091',
        year: 2018,
        variable: 'pinta_ala',
        value: 414010,
        suppressed: false,
        line: 2,
      },
      {
        postal_name: 'Punavuori',
        municipality_code: '091',
        year: 2018,
        variable: 'te_takk',
        value: 1.8,
        suppressed: false,
        line: 2,
      },
    ]);
    // An area without inhabitants: its counts are zero, its median and mean are not published.
    expect(
      await queryRows(
        db,
        "SELECT variable, value, suppressed FROM postal_observation WHERE postal_code = '00230' AND variable IN ('he_vakiy', 'hr_mtu', 'te_takk') ORDER BY variable",
      ),
    ).toEqual([
      { variable: 'he_vakiy', value: 0, suppressed: false },
      { variable: 'hr_mtu', value: null, suppressed: true },
      { variable: 'te_takk', value: null, suppressed: true },
    ]);
    expect(
      await queryRows(
        db,
        'SELECT municipality_code, name_fi, name_sv, region_code, region_name, vintage, line FROM municipality_key',
      ),
    ).toEqual([
      {
        municipality_code: '091',
        name_fi: 'Helsinki',
        name_sv: 'Helsingfors',
        region_code: '01',
        region_name: 'Uusimaa',
        vintage: 2020,
        line: 2,
      },
    ]);
  });

  it('refuses an unknown column', async () => {
    await expect(loadFixture(paavoRelease2020, file, `${header},lemmikit\n`)).rejects.toThrow(
      `${file}:1:lemmikit: unknown column`,
    );
  });

  it('names file, line and column of a bad value', async () => {
    await expect(
      loadFixture(paavoRelease2020, file, `${header}\n${row('00120', '7161,x,27523,"1,8"')}\n`),
    ).rejects.toThrow(`${file}:2:0-2-vuotiaat, 2018 (HE): not a number: 'x'`);
    await expect(
      loadFixture(paavoRelease2020, file, `${header}\n${row('0012', '7161,1,27523,"1,8"')}\n`),
    ).rejects.toThrow(`${file}:2:Postinumero: expected a five-digit postal code`);
  });
});
