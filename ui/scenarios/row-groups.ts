import type { Dictionary } from '@/i18n';
import type { FormState } from './form-state';

/**
 * The repeatable rows of the scenario form, declared once: where each list sits in the scenario
 * document (so the server's issues find their inputs), its legend and its columns. A new row is
 * every column empty.
 */
export type ScenarioText = Dictionary['scenarios'];
type TextKey = { [K in keyof ScenarioText]: ScenarioText[K] extends string ? K : never }[keyof ScenarioText];

export type RowKind = 'migration' | 'housing' | 'participation' | 'open' | 'close' | 'capacity';
export type RowOf<K extends RowKind> = FormState[K][number];

export interface RowGroup<K extends RowKind> {
  kind: K;
  /** Path of the list in the scenario document. */
  path: string;
  legend: TextKey;
  columns: { key: keyof RowOf<K> & string; label: TextKey; numeric?: boolean }[];
}

export const ROW_GROUPS: { [K in RowKind]: RowGroup<K> } = {
  migration: {
    kind: 'migration',
    path: 'migration',
    legend: 'migration',
    columns: [
      { key: 'postalCode', label: 'postalCode' },
      { key: 'pctPerYear', label: 'pctPerYear', numeric: true },
    ],
  },
  housing: {
    kind: 'housing',
    path: 'housing',
    legend: 'housing',
    columns: [
      { key: 'postalCode', label: 'postalCode' },
      { key: 'year', label: 'year', numeric: true },
      { key: 'dwellings', label: 'dwellings', numeric: true },
      { key: 'floorAreaM2', label: 'floorAreaM2', numeric: true },
    ],
  },
  participation: {
    kind: 'participation',
    path: 'participation',
    legend: 'participation',
    columns: [
      { key: 'age', label: 'age', numeric: true },
      { key: 'pp', label: 'pp', numeric: true },
      { key: 'fromYear', label: 'fromYear', numeric: true },
    ],
  },
  open: {
    kind: 'open',
    path: 'units.open',
    legend: 'openUnit',
    columns: [
      { key: 'unitId', label: 'unitId' },
      { key: 'nameFi', label: 'unitName' },
      { key: 'postalCode', label: 'postalCode' },
      { key: 'lon', label: 'lon', numeric: true },
      { key: 'lat', label: 'lat', numeric: true },
      { key: 'capacityUnder3', label: 'capUnder3', numeric: true },
      { key: 'capacity3plus', label: 'cap3plus', numeric: true },
      { key: 'openingYear', label: 'openingYear', numeric: true },
    ],
  },
  close: {
    kind: 'close',
    path: 'units.close',
    legend: 'closeUnit',
    columns: [
      { key: 'unitId', label: 'unitId' },
      { key: 'year', label: 'year', numeric: true },
    ],
  },
  capacity: {
    kind: 'capacity',
    path: 'units.capacity',
    legend: 'capacityChange',
    columns: [
      { key: 'unitId', label: 'unitId' },
      { key: 'year', label: 'year', numeric: true },
      { key: 'under3Delta', label: 'under3Delta', numeric: true },
      { key: 'plus3Delta', label: 'plus3Delta', numeric: true },
    ],
  },
};

/** A new, empty row of a list. */
export const createEmptyRow = <K extends RowKind>(group: RowGroup<K>): RowOf<K> =>
  Object.fromEntries(group.columns.map((c) => [c.key, ''])) as RowOf<K>;
