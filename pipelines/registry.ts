import type { Source } from './core/source';
import { GEO_SOURCES } from './sources/geo';
import { HELSINKI_SOURCES } from './sources/helsinki';
import { MUNICIPAL_SOURCES } from './sources/municipal';
import { PAAVO_SOURCES } from './sources/paavo';
import { eceUnitsSource } from './sources/units/units-csv';
import { WELLBEING_SOURCES } from './sources/wellbeing';

/** Every pipeline, one per source format. A file goes to the first source whose pattern matches. */
export const SOURCES: readonly Source[] = [
  ...PAAVO_SOURCES,
  ...MUNICIPAL_SOURCES,
  ...HELSINKI_SOURCES,
  ...GEO_SOURCES,
  ...WELLBEING_SOURCES,
  eceUnitsSource,
];
