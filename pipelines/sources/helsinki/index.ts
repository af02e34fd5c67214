import type { Source } from '../../core/source';
import { aluesarjatAgeGroups } from './aluesarjat-age-groups';
import { aluesarjatHierarchy } from './aluesarjat-hierarchy';
import { aluesarjatSingleAge } from './aluesarjat-single-age';
import { helsinkiHousingForecast } from './helsinki-housing-forecast';
import { helsinkiKeyfigures } from './helsinki-keyfigures';
import { helsinkiPopulation2019 } from './helsinki-population-2019';
import { hsyGrid } from './hsy-grid';
import { tk2019Fertility, tk2019Mortality } from './tk2019-rates';

/** Sub-municipal series of the capital region (Aluesarjat, projection inputs, key figures, HSY grid). */
export const HELSINKI_SOURCES: Source[] = [
  aluesarjatSingleAge,
  aluesarjatAgeGroups,
  aluesarjatHierarchy,
  helsinkiPopulation2019,
  helsinkiHousingForecast,
  tk2019Fertility,
  tk2019Mortality,
  helsinkiKeyfigures,
  hsyGrid,
];
