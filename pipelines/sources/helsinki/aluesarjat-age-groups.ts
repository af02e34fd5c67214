import { LoadError } from '../../core/load-error';
import type { Source } from '../../core/source';
import { ALUESARJAT_LICENCE } from '../licences';
import { addPopulationYears, aluesarjatAge, NO_VALUE, readWideYearTable, type YearCell } from './wide-years';

/**
 * Aluesarjat population by area and age group on 1 January: Helsinki 1962-2010, Espoo 1975-2010, Vantaa
 * 1971-2010 (A02S_HKI, B02S_ESP, C02S_VAN). Age groups as published ('0-6', '7-12', '13-15', '16-19', ...,
 * overlapping '65+' / '65-74' / '75+'); the municipality comes from the area code prefix.
 * A separate source from the single-age table: both publish Helsinki's totals for 1992-2010.
 */
/**
 * Published values that cannot be true, each with its evidence. The cell is left out (no row), as for '.'.
 * An erratum applies only while the file still holds the wrong value, so a corrected file loads unchanged.
 */
const ERRATA: { areaCode: string; age: string; year: number; published: number; evidence: string }[] = [
  {
    areaCode: '04924',
    age: 'total',
    year: 1983,
    published: 82,
    evidence:
      'Espoo 24 Mankkaa on 1.1.1984: its age groups and its pienalue 241 + 242 (2,842 + 1,570) both sum to 4,412',
  },
];

function dropErrata(areaCode: string, age: string, years: number[], values: YearCell[]): void {
  for (const e of ERRATA) {
    if (e.areaCode !== areaCode || e.age !== age) continue;
    const i = years.indexOf(e.year);
    const cell = values[i];
    if (cell !== undefined && cell !== NO_VALUE && cell.value === e.published) values[i] = NO_VALUE;
  }
}

export const aluesarjatAgeGroups: Source = {
  id: 'aluesarjat-age-groups',
  title: 'Aluesarjat: population by area and age group (Helsinki 1962-, Espoo 1975-, Vantaa 1971-2010)',
  ...ALUESARJAT_LICENCE,
  matches: (relPath) => /(^|\/)[a-z]+_population_agegroups_by_area_\d{4}_\d{4}\.csv(\.gz)?$/.test(relPath),
  load(file, sink) {
    const wide = readWideYearTable(file, ['Ikäryhmä']);
    for (const { line, fields } of wide.table.rows) {
      const age = aluesarjatAge(fields[2]);
      if (!age) throw new LoadError(file.relPath, line, 'Ikäryhmä', `unknown age group '${fields[2]}'`);
      const { area, values } = wide.parse(fields, line);
      dropErrata(area.areaCode, age, wide.years, values);
      addPopulationYears(sink, wide, line, area, values, age, 'total', 'total');
    }
  },
};
