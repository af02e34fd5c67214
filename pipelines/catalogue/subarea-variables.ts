import type { VariableEntry } from './variable-entry';

export const SUBAREA_VARIABLES: VariableEntry[] = [];
