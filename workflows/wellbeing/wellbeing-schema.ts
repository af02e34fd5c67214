import { readFileSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';

/** Creates the wellbeing tables and views in a derived-store file (new tables appear in old files too). */
export async function applyWellbeingSchema(connection: DuckDBConnection): Promise<void> {
  await connection.run(readFileSync(new URL('./sql/schema.sql', import.meta.url), 'utf8'));
}

/** The tables the refresh replaces, in the order it writes them. */
export const WELLBEING_TABLES = [
  'wellbeing_indicator',
  'wellbeing_area',
  'wellbeing_population',
  'wellbeing_value',
  'wellbeing_yardstick',
  'wellbeing_index',
  'wellbeing_index_contribution',
  'wellbeing_index_group',
  'wellbeing_forecast',
  'wellbeing_model_choice',
  'wellbeing_backtest',
  'wellbeing_association',
  'wellbeing_explanation',
  'wellbeing_district',
  'wellbeing_basis',
] as const;
export type WellbeingTable = (typeof WELLBEING_TABLES)[number];
