import type { Source } from '../../core/source';
import { diakIndexSeries } from './diak-index-series';
import { diakPopulation } from './diak-population';

/**
 * Wellbeing series: the Diak relative indices and their population. The variable descriptions shipped
 * beside them (muuttujakuvaukset.csv.gz) are documentation, not statistics: no source loads them (the
 * ingest lists them as not recognised), and diak-sources.test.ts checks the catalogue against them.
 */
export const WELLBEING_SOURCES: Source[] = [diakIndexSeries, diakPopulation];
