import type { DuckDBConnection } from '@duckdb/node-api';
import type { Panel } from '../core/panel';
import { loadPanel } from './load-panel';
import { loadSubareaPanel } from './load-subarea-panel';

/** What every forecasting command reads: the postal panel and the long sub-district series. */
export interface ForecastInputs {
  panel: Panel;
  long: Panel;
}

export async function loadForecastInputs(connection: DuckDBConnection): Promise<ForecastInputs> {
  return { panel: await loadPanel(connection), long: await loadSubareaPanel(connection) };
}
