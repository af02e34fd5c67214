/**
 * Area codes that are facts of the data rather than settings. Helsinki's code names the city whose
 * own sources (sub-district series, district hierarchy, single ages) the product ships; which city the
 * product opens with is configuration (core/config/reference.ts). 'SSS' is Statistics Finland's code for
 * the whole country (Koko maa / Hela landet).
 */
export const HELSINKI = '091';
export const WHOLE_COUNTRY = 'SSS';
