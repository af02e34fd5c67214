/**
 * `npm run bench:forecast`: training time of the network on all data, the time to forecast every
 * postal area of Finland (origin 2017, the last year with all areas, horizons 1-5, with intervals,
 * reconciliation, six-year-olds and explanations), and the full backtest table with its run time.
 * Targets: backtest <= 5 min; forecasting all Finnish postal areas <= 10 s.
 */
import { warehousePath } from '../core/config/paths';
import { withReadOnlyWarehouse } from '../core/warehouse/with-warehouse';
import { truncatePanel } from '../models/core/panel';
import { loadPanel } from '../models/data/load-panel';
import { formatSummary } from '../models/evaluation/summarise';
import { produceForecast } from '../models/forecast/produce';
import { loadAgeProfiles } from '../models/forecast/single-age';
import { fitNetwork } from '../models/network/network-model';
import { backtestAll, HORIZONS } from '../models/training/model-set';

const seconds = (t0: number) => (performance.now() - t0) / 1000;

async function main(): Promise<void> {
  const { panel, profiles } = await withReadOnlyWarehouse(warehousePath(), async (c) => ({
    panel: await loadPanel(c),
    profiles: await loadAgeProfiles(c),
  }));
  let t0 = performance.now();
  const full = await fitNetwork(panel, HORIZONS);
  console.log(
    `training: ${seconds(t0).toFixed(1)} s for ${full.examples} examples up to ${full.cutoff} (backend ${full.backend})`,
  );
  full.model.dispose();

  const allAreasYear = 2017;
  const fitted = await fitNetwork(truncatePanel(panel, allAreasYear), HORIZONS);
  const backtest = await backtestAll(panel);
  t0 = performance.now();
  const produced = await produceForecast(panel, fitted, backtest.calibration, profiles, HORIZONS);
  const areas = new Set(produced.rows.map((r) => r.postalCode)).size;
  console.log(
    `forecast every postal area: ${seconds(t0).toFixed(2)} s for ${areas} areas x 3 age groups x 5 horizons (${produced.rows.length} rows, ${produced.explanations.length} explanations) from ${allAreasYear} (target <= 10 s)`,
  );
  fitted.model.dispose();

  console.log(
    `backtest: ${backtest.seconds.toFixed(0)} s for ${backtest.scored.length} scored forecasts (target <= 300 s)`,
  );
  for (const line of formatSummary(backtest.summary)) console.log(line);
}

main().catch((err: unknown) => {
  console.error(`bench:forecast failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
