import type { VariableEntry } from './variable-entry';

export const MUNICIPAL_VARIABLES: VariableEntry[] = [];
