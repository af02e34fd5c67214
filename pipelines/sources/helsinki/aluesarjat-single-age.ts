import { LoadError } from '../../core/load-error';
import type { Source } from '../../core/source';
import { ALUESARJAT_LICENCE } from '../licences';
import { addPopulationYears, aluesarjatAge, readWideYearTable } from './wide-years';

/**
 * Aluesarjat Helsinki population by area, mother tongue, sex and single year of age (0-19, then 5-year
 * groups to 95+), 1 January 1992-2010 (A01S_HKI_Vakiluku). Stored per area/year as variable 'population'
 * with age 'total' | '0'..'19' | '20-24'..'95+', sex and language ('total' | 'sv' = Swedish-speaking).
 */
const LANGUAGE: Record<string, string> = { Yhteensä: 'total', Ruotsi: 'sv' };
const SEX: Record<string, string> = { 'Molemmat sukupuolet': 'total', Miehet: 'male', Naiset: 'female' };

export const aluesarjatSingleAge: Source = {
  id: 'aluesarjat-single-age',
  title: 'Aluesarjat: Helsinki population by area, single age, sex and mother tongue (1992-2010)',
  ...ALUESARJAT_LICENCE,
  matches: (relPath) => /(^|\/)[a-z]+_population_single_age_by_area_[a-z_]+_\d{4}_\d{4}\.csv(\.gz)?$/.test(relPath),
  load(file, sink) {
    const wide = readWideYearTable(file, ['Äidinkieli', 'Sukupuoli', 'Ikä']);
    for (const { line, fields } of wide.table.rows) {
      const language = LANGUAGE[fields[2]];
      if (!language)
        throw new LoadError(
          file.relPath,
          line,
          'Äidinkieli',
          `unknown mother tongue '${fields[2]}' (expected Yhteensä or Ruotsi)`,
        );
      const sex = SEX[fields[3]];
      if (!sex) throw new LoadError(file.relPath, line, 'Sukupuoli', `unknown sex '${fields[3]}'`);
      const age = aluesarjatAge(fields[4]);
      if (!age) throw new LoadError(file.relPath, line, 'Ikä', `unknown age label '${fields[4]}'`);
      const { area, values } = wide.parse(fields, line);
      addPopulationYears(sink, wide, line, area, values, age, sex, language);
    }
  },
};
