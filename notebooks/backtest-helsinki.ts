/**
 * Runs the nested backtest on Helsinki's postal areas and prints the summary as JSON.
 * The backtest notebook calls it through tsx: tslab cannot load the TF.js wasm backend module
 * itself (it compiles project files as CommonJS inside this ESM package), so the work runs here.
 */
import { warehousePath } from '../core/config/paths';
import { withReadOnlyWarehouse } from '../core/warehouse/with-warehouse';
import { loadForecastInputs } from '../models/data/load-forecast-inputs';
import { backtestAll } from '../models/training/model-set';

const { panel, long } = await withReadOnlyWarehouse(warehousePath(), loadForecastInputs);
const helsinki = { ...panel, areas: panel.areas.filter((a) => a.municipalityCode === '091') };
const result = await backtestAll(helsinki, long);
process.stdout.write(
  JSON.stringify({
    areas: helsinki.areas.length,
    years: helsinki.years,
    seconds: result.seconds,
    scored: result.scored.length,
    summary: result.summary,
  }),
);
