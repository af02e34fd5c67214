import type { VariableEntry } from './variable-entry';
import { MUNICIPAL_VARIABLES } from './municipal-variables';
import { SUBAREA_VARIABLES } from './subarea-variables';
import { WELLBEING_VARIABLES } from '../sources/wellbeing/diak-variables';

/** Variables of the non-Paavo sources, one list per family of sources. */
export const OTHER_VARIABLES: VariableEntry[] = [...MUNICIPAL_VARIABLES, ...SUBAREA_VARIABLES, ...WELLBEING_VARIABLES];
