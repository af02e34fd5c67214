import { describe, expect, it } from 'vitest';
import { loadFixture, queryRows } from '../../../tests/builders/pipeline-support';
import { ALIAS_VINTAGE, MUNICIPALITY_ALIASES } from './municipality-aliases';
import { sotkanetMunicipalityKey } from './sotkanet-municipality-key';
import { statfinMunicipalityKey } from './statfin-municipality-key';

const statfinFile = 'municipal/births-and-key-figures/kunta_maakunta_yhteys.csv.gz';
const statfinHeader = 'kunta_nro\tAlue\tmaakunta_nro\tmaakunta';
const sotkanetFile = 'municipal/sotkanet-indicators-1990-2012/sotkanet_municipality_key_2013.csv.gz';
const sotkanetHeader =
  'maakunta.title.fi,region,region.title.fi,region.code,region.category,region.uri,maakunta.region,seutukunta.region,seutukunta.title.fi,Code';
const KEY_SQL =
  'SELECT line, municipality_code, name_fi, name_sv, region_code, region_name, vintage FROM municipality_key';

describe('StatFin municipality key', () => {
  it('pads codes, adds the whole country and the label aliases at the header line', async () => {
    const db = await loadFixture(
      statfinMunicipalityKey,
      statfinFile,
      `${statfinHeader}\n5\tAlajärvi\t14\tEtelä-Pohjanmaa\n91\tHelsinki\t1\tUusimaa\n`,
    );
    const rows = await queryRows(db, `${KEY_SQL} ORDER BY line, vintage DESC, municipality_code, name_fi`);
    expect(rows.slice(0, 2)).toEqual([
      {
        line: 1,
        municipality_code: 'SSS',
        name_fi: 'Koko maa',
        name_sv: 'Hela landet',
        region_code: null,
        region_name: null,
        vintage: 2017,
      },
      {
        line: 1,
        municipality_code: '405',
        name_fi: 'Lappee',
        name_sv: null,
        region_code: null,
        region_name: null,
        vintage: ALIAS_VINTAGE,
      },
    ]);
    expect(rows).toHaveLength(3 + MUNICIPALITY_ALIASES.length);
    expect(rows.find((r) => r.name_fi === 'Maarianhamina - Mariehamn')).toMatchObject({
      municipality_code: '478',
      name_sv: 'Mariehamn',
    });
    expect(rows.slice(-2)).toEqual([
      {
        line: 2,
        municipality_code: '005',
        name_fi: 'Alajärvi',
        name_sv: null,
        region_code: '14',
        region_name: 'Etelä-Pohjanmaa',
        vintage: 2017,
      },
      {
        line: 3,
        municipality_code: '091',
        name_fi: 'Helsinki',
        name_sv: null,
        region_code: '01',
        region_name: 'Uusimaa',
        vintage: 2017,
      },
    ]);
  });

  it('names file, line and column of a bad municipality number', async () => {
    await expect(
      loadFixture(
        statfinMunicipalityKey,
        statfinFile,
        `${statfinHeader}\n5\tAlajärvi\t14\tEtelä-Pohjanmaa\nx91\tHelsinki\t1\tUusimaa\n`,
      ),
    ).rejects.toThrow(`${statfinFile}:3:kunta_nro: expected a municipality number`);
  });

  it('refuses a comma-separated copy', async () => {
    await expect(
      loadFixture(
        statfinMunicipalityKey,
        statfinFile,
        'kunta_nro,Alue,maakunta_nro,maakunta\n5,Alajärvi,14,Etelä-Pohjanmaa\n',
      ),
    ).rejects.toThrow(
      `${statfinFile}:1:header: expected 'tab'-separated columns, found one column (it looks ','-separated)`,
    );
  });

  it('keeps truncated aliases honest: each is a prefix of the name it stands for', () => {
    for (const alias of MUNICIPALITY_ALIASES) {
      if (!alias.label.includes(' - ')) expect(alias.name.startsWith(alias.label), alias.label).toBe(true);
    }
  });
});

describe('Sotkanet municipality key', () => {
  const row = (maakunta: string, name: string, code: string) =>
    `${maakunta},46.0,${name},${code},KUNTA,http://www.yso.fi/onto/kunnat/k${code},488.0,510.0,Helsingin seutukunta,FI-18`;

  it('loads the 2013 division with the official region code of the maakunta', async () => {
    const db = await loadFixture(
      sotkanetMunicipalityKey,
      sotkanetFile,
      `${sotkanetHeader}\n${row('Uusimaa', 'Helsinki', '091')}\n${row('Etelä-Pohjanmaa', 'Jalasjärvi', '164')}\n`,
    );
    expect(await queryRows(db, `${KEY_SQL} ORDER BY line`)).toEqual([
      {
        line: 2,
        municipality_code: '091',
        name_fi: 'Helsinki',
        name_sv: null,
        region_code: '01',
        region_name: 'Uusimaa',
        vintage: 2013,
      },
      {
        line: 3,
        municipality_code: '164',
        name_fi: 'Jalasjärvi',
        name_sv: null,
        region_code: '14',
        region_name: 'Etelä-Pohjanmaa',
        vintage: 2013,
      },
    ]);
  });

  it('refuses an unknown maakunta and a code that is not 3 digits', async () => {
    await expect(
      loadFixture(sotkanetMunicipalityKey, sotkanetFile, `${sotkanetHeader}\n${row('Itä-Uusimaa', 'Porvoo', '638')}\n`),
    ).rejects.toThrow(`${sotkanetFile}:2:maakunta.title.fi: unknown maakunta 'Itä-Uusimaa'`);
    await expect(
      loadFixture(sotkanetMunicipalityKey, sotkanetFile, `${sotkanetHeader}\n${row('Uusimaa', 'Helsinki', '91')}\n`),
    ).rejects.toThrow(`${sotkanetFile}:2:region.code: expected a 3-digit municipality code`);
  });

  it('refuses an unknown column', async () => {
    await expect(
      loadFixture(
        sotkanetMunicipalityKey,
        sotkanetFile,
        `${sotkanetHeader},extra\n${row('Uusimaa', 'Helsinki', '091')},1\n`,
      ),
    ).rejects.toThrow(`${sotkanetFile}:1:extra: unknown column`);
  });
});
