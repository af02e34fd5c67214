import { describe, expect, it } from 'vitest';
import { loadFixture, queryRows } from '../../../tests/builders/pipeline-support';
import { paavo12f1Income, paavo12f7 } from './pxweb-long';

const title = '"12f7 -- 9. All data groups, 2010-2023"\n\n';
const file = 'paavo/helsinki-12f7/009_12f7_2021_all.csv';

describe('paavo PxWeb long exports (12f7, 12f1)', () => {
  it("matches next year's export by its table id", () => {
    expect(paavo12f7.matches('paavo/helsinki-12f7/009_12f7_2022_all.csv.gz')).toBe(true);
    expect(paavo12f1Income.matches('paavo/x/003_12f1_2010_2023.csv')).toBe(true);
    expect(paavo12f7.matches('paavo/x/003_12f1_2010_2023.csv')).toBe(false);
  });

  it('loads one row per area, label and year column with the Paavo code', async () => {
    const text =
      `${title}"Postal code area","Information","2020","2021"\n` +
      '"00100  Helsinki keskusta - Etu-Töölö (Helsinki)","0-2 years (HE)",364,370\n' +
      '"00100  Helsinki keskusta - Etu-Töölö (Helsinki)","Average floor area per person (TE)",39.5,..\n' +
      '"00100  Helsinki keskusta - Etu-Töölö (Helsinki)","X coordinate",384979,384979\n';
    const db = await loadFixture(paavo12f7, file, text);
    const rows = await queryRows(
      db,
      'SELECT postal_code, postal_name, municipality_name, year, variable, value, suppressed, line FROM postal_observation ORDER BY line, year',
    );
    expect(rows).toHaveLength(6);
    expect(rows[1]).toEqual({
      postal_code: '00100',
      postal_name: 'Helsinki keskusta - Etu-Töölö',
      municipality_name: 'Helsinki',
      year: 2021,
      variable: 'he_0_2',
      value: 370,
      suppressed: false,
      line: 4,
    });
    expect(rows[2]).toMatchObject({ variable: 'te_as_valj', year: 2020, value: 39.5 });
    expect(rows[3]).toMatchObject({ variable: 'te_as_valj', year: 2021, value: null, suppressed: true });
    expect(rows[4]).toMatchObject({ variable: 'euref_x', value: 384979 });
  });

  it('stores a zero median income (12f1: "0 = no data/protected") as withheld, not as zero', async () => {
    const text =
      '"12f1 -- 3. Inhabitants\' disposable monetary income, 2010-2021"\n\n"Postal code area","Information","2010","2011"\n' +
      '"00220  Jätkäsaari (Helsinki)","Median income of inhabitants (HR)",0,24427\n';
    const db = await loadFixture(paavo12f1Income, 'paavo/helsinki-12f1-income/003_12f1_2010_2011.csv', text);
    expect(
      await queryRows(db, 'SELECT year, variable, value, suppressed FROM postal_observation ORDER BY year'),
    ).toEqual([
      { year: 2010, variable: 'hr_mtu', value: null, suppressed: true },
      { year: 2011, variable: 'hr_mtu', value: 24427, suppressed: false },
    ]);
  });

  it('refuses an unknown label, naming file, line and column', async () => {
    const text = `${title}"Postal code area","Information","2021"\n"00100  A (Helsinki)","0-2 years (HE)",1\n"00100  A (Helsinki)","Pets (HE)",3\n`;
    await expect(loadFixture(paavo12f7, file, text)).rejects.toThrow(
      `${file}:5:Information: unknown variable 'Pets (HE)'`,
    );
  });

  it('refuses a header that is not a year and a bad value', async () => {
    await expect(loadFixture(paavo12f7, file, `${title}"Postal code area","Information","Value"\n`)).rejects.toThrow(
      `${file}:3:Value: unknown column`,
    );
    await expect(
      loadFixture(
        paavo12f7,
        file,
        `${title}"Postal code area","Information","2021"\n"00100  A (Helsinki)","0-2 years (HE)",-4\n`,
      ),
    ).rejects.toThrow(`${file}:4:2021: negative value -4 is not allowed here`);
  });
});
