import type { Source } from '../../core/source';

/** Municipal series: births, population, key figures, ECE participants, Sotkanet indicators, keys. */
export const MUNICIPAL_SOURCES: Source[] = [];
