import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../../domain/wellbeing/indicator-catalogue';
import { loadFixture, queryRows } from '../../../tests/builders/pipeline-support';
import { parseCsv } from '../../core/parse-csv';
import { SOURCES } from '../../registry';
import { diakIndexSeries } from './diak-index-series';
import { diakPopulation } from './diak-population';
import { DIAK_VARIABLES } from './diak-variables';

const series = 'wellbeing/diak-huono-osaisuus-2011-2017/hos_aikasarja_2011_2017.csv.gz';
const population = 'wellbeing/diak-huono-osaisuus-2011-2017/pop_data_2011_2017.csv.gz';
const HEADER = 'regio_level,aluekoodi,aluenimi,aika,variable,value,var_class,all_upper';
const NOTIFICATIONS = '"0 - 17-vuotiaat lapset, joista on tehty lastensuojeluilmoitus",';
const SOCIAL = 'Huono-osaisuuden sosiaaliset seuraukset';

describe('Diak relative indices', () => {
  it('stores municipal rows with 3-digit codes and the centre year, and validates the other levels', async () => {
    const db = await loadFixture(
      diakIndexSeries,
      series,
      [
        HEADER,
        `Kunnat,91,Helsinki,2011.0,${NOTIFICATIONS}112.5,${SOCIAL},False`,
        `Kunnat,5,Alajärvi,2017.0,Huono-osaisuus yhteensä,87.25,Summamuuttujat,True`,
        `Maakunnat,,Uusimaa,2011.0,Nuorisotyöttömyys,95.0,Inhimillinen huono-osaisuus,False`,
        `Kunnat,91,Helsinki,2012.0,Nuorisotyöttömyys,NA,Inhimillinen huono-osaisuus,False`,
      ].join('\n'),
    );
    expect(
      await queryRows(
        db,
        'SELECT line, municipality_code, municipality_name, year, variable, value, suppressed FROM municipal_observation ORDER BY line',
      ),
    ).toEqual([
      {
        line: 2,
        municipality_code: '091',
        municipality_name: 'Helsinki',
        year: 2011,
        variable: 'diak_child_welfare_notifications_0_17_index',
        value: 112.5,
        suppressed: false,
      },
      {
        line: 3,
        municipality_code: '005',
        municipality_name: 'Alajärvi',
        year: 2017,
        variable: 'diak_summary_total_index',
        value: 87.25,
        suppressed: false,
      },
      {
        line: 5,
        municipality_code: '091',
        municipality_name: 'Helsinki',
        year: 2012,
        variable: 'diak_youth_unemployment_index',
        value: null,
        suppressed: true,
      },
    ]);
  });

  it('refuses an unknown variable, a shifted class, a fractional year and a negative index with file:line:field', async () => {
    const row = (r: string) => loadFixture(diakIndexSeries, series, `${HEADER}\n${r}\n`);
    await expect(row(`Kunnat,91,Helsinki,2011.0,Onnellisuus,100,${SOCIAL},False`)).rejects.toThrow(
      `${series}:2:variable: unknown variable 'Onnellisuus'`,
    );
    await expect(row(`Kunnat,91,Helsinki,2011.0,${NOTIFICATIONS}100,Summamuuttujat,False`)).rejects.toThrow(
      `${series}:2:var_class: 'Summamuuttujat' is not the class of`,
    );
    await expect(row(`Kunnat,91,Helsinki,2011.5,${NOTIFICATIONS}100,${SOCIAL},False`)).rejects.toThrow(
      `${series}:2:aika: expected a whole year such as 2011 or 2011.0`,
    );
    await expect(row(`Kunnat,91,Helsinki,2011.0,${NOTIFICATIONS}-3,${SOCIAL},False`)).rejects.toThrow(
      `${series}:2:value: negative value -3 is not allowed here`,
    );
    await expect(row(`Kunnat,,Helsinki,2011.0,${NOTIFICATIONS}100,${SOCIAL},False`)).rejects.toThrow(
      `${series}:2:aluekoodi: expected a municipality number, found ''`,
    );
    await expect(loadFixture(diakIndexSeries, series, `${HEADER},extra\n`)).rejects.toThrow(
      `${series}:1:extra: unknown column`,
    );
  });
});

describe('Diak population', () => {
  it('stores municipalities by code, Åland ones by name, and refuses a fractional head count', async () => {
    const header = 'regio_level,aluenimi,aika,pop,aluekoodi';
    const db = await loadFixture(
      diakPopulation,
      population,
      `${header}\nKunnat,Helsinki,2011,595384.0,91\nSeutukunnat,Helsinki,2011,1428953.0,11\nKunnat,Sottunga,2017,92.0,\n`,
    );
    expect(
      await queryRows(
        db,
        'SELECT line, municipality_code, municipality_name, year, variable, value FROM municipal_observation ORDER BY line',
      ),
    ).toEqual([
      {
        line: 2,
        municipality_code: '091',
        municipality_name: 'Helsinki',
        year: 2011,
        variable: 'diak_population',
        value: 595384,
      },
      {
        line: 4,
        municipality_code: null,
        municipality_name: 'Sottunga',
        year: 2017,
        variable: 'diak_population',
        value: 92,
      },
    ]);
    await expect(loadFixture(diakPopulation, population, `${header}\nKunnat,Akaa,2011,17091.5,20\n`)).rejects.toThrow(
      `${population}:2:pop: a population must be a whole number`,
    );
  });
});

describe('the shipped Diak files and the catalogue', () => {
  const shipped = (name: string) =>
    parseCsv(
      gunzipSync(readFileSync(path.resolve('data/raw/wellbeing/diak-huono-osaisuus-2011-2017', name))).toString('utf8'),
      ',',
      name,
    );

  it('each goes to its own source; the descriptions are documentation, loaded by none', () => {
    expect(SOURCES.find((s) => s.matches(series))).toBe(diakIndexSeries);
    expect(SOURCES.find((s) => s.matches(population))).toBe(diakPopulation);
    expect(
      SOURCES.find((s) => s.matches('wellbeing/diak-huono-osaisuus-2011-2017/muuttujakuvaukset.csv.gz')),
    ).toBeUndefined();
  });

  it('describe every variable the catalogue uses, under the title the time series publishes', () => {
    const described = new Set(
      shipped('muuttujakuvaukset.csv.gz')
        .slice(1)
        .map((r) => r.fields[1]),
    );
    const titles = new Map(DIAK_VARIABLES.map((v) => [v.code, v.title]));
    for (const i of INDICATORS.filter((x) => x.source === 'diak')) {
      expect(titles.get(i.id), i.id).toBe(i.title);
      // The summary of economic links is described under its older name ("... seuraukset").
      if (i.role !== 'summary') expect(described.has(i.title), i.title).toBe(true);
    }
  });
});
