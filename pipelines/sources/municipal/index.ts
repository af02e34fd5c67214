import type { Source } from '../../core/source';
import { sotkanetIndicators } from './sotkanet-indicators';
import { sotkanetMunicipalityKey } from './sotkanet-municipality-key';
import { sotkanetPopulation } from './sotkanet-population';
import { sotkanetProjection } from './sotkanet-projection';
import { statfinBirths } from './statfin-births';
import { statfinEceByAge, statfinEceTotal } from './statfin-ece';
import { statfinKeyFigures } from './statfin-key-figures';
import { statfinMunicipalityKey } from './statfin-municipality-key';

/** Municipal series: births, population, key figures, ECE participants, Sotkanet indicators, keys. */
export const MUNICIPAL_SOURCES: Source[] = [
  statfinMunicipalityKey,
  sotkanetMunicipalityKey,
  statfinBirths,
  statfinKeyFigures,
  sotkanetPopulation,
  statfinEceByAge,
  statfinEceTotal,
  sotkanetIndicators,
  sotkanetProjection,
];
