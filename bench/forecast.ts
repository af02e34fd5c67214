/**
 * `npm run bench:forecast`: the nested backtest table (the product against every baseline per scope x
 * age group x horizon x size tercile: MAPE, bias, 80 % coverage), its run time, the time to fit the
 * network on all data, and the time to forecast every postal area of Finland from 2017 (the last year
 * with all areas; horizons 1-5, intervals, six-year-olds, explanations), and the ceilings of what any
 * model could gain over the anchor with this data (models/evaluation/ceilings.ts).
 * Targets: full nested backtest <= 5 min; forecasting every area <= 10 s.
 */
import { warehousePath } from '../core/config/paths';
import { withReadOnlyWarehouse } from '../core/warehouse/with-warehouse';
import { measureSixYearSplit } from '../models/cohort/six-year-error';
import { truncatePanel } from '../models/core/panel';
import { loadForecastInputs } from '../models/data/load-forecast-inputs';
import { backtestTable } from '../models/evaluation/backtest-table';
import { backtestBirths, birthsTable } from '../models/evaluation/births-backtest';
import { ceilingTable } from '../models/evaluation/ceilings';
import { produceForecast } from '../models/forecast/produce';
import { fitNetwork } from '../models/network/network-model';
import { backtestAll, HORIZONS } from '../models/training/model-set';

const seconds = (t0: number) => (performance.now() - t0) / 1000;

async function main(): Promise<void> {
  const { panel, long } = await withReadOnlyWarehouse(warehousePath(), loadForecastInputs);
  const backtest = await backtestAll(panel, long, (l) => console.error(l));
  console.log(
    `nested backtest: ${backtest.seconds.toFixed(0)} s for ${backtest.scored.length} scored postal forecasts (target <= 300 s)`,
  );
  for (const size of ['all', '0', '1', '2']) {
    console.log(
      `\nsize ${size === 'all' ? 'all areas' : `tercile ${size} (${['small', 'middle', 'large'][Number(size)]})`}:`,
    );
    for (const line of backtestTable(backtest.summary, size)) console.log(line);
  }
  console.log(
    "\nceilings: the anchor's MAPE with every municipality's later total / also every area's later dwellings known:",
  );
  for (const line of ceilingTable(backtest.ceilings)) console.log(line);
  console.log('\nbirths component on municipal births 1987-2017 (WAPE, bias in brackets):');
  for (const line of birthsTable(backtestBirths(panel.births, HORIZONS))) console.log(line);
  console.log('\nsix-year-old split on Helsinki sub-districts (MAPE, cohort split vs constant share):');
  for (const e of measureSixYearSplit(long, HORIZONS))
    console.log(`  h=${e.horizon}  ${e.mape.toFixed(1)} %  vs ${e.mapeConstantShare.toFixed(1)} %  (n=${e.n})`);

  let t0 = performance.now();
  const full = await fitNetwork([panel], HORIZONS);
  console.log(
    `\ntraining the network on all data: ${seconds(t0).toFixed(1)} s for ${full.examples} examples (${full.backend})`,
  );
  full.model.dispose();

  const origin = 2017;
  const known = truncatePanel(panel, origin);
  t0 = performance.now();
  const atOrigin = await fitNetwork([known], HORIZONS);
  const fit = seconds(t0);
  atOrigin.model.dispose();
  t0 = performance.now();
  const produced = await produceForecast(known, backtest, origin, HORIZONS);
  const total = seconds(t0);
  produced.network.model.dispose();
  const areas = new Set(produced.rows.map((r) => r.postalCode)).size;
  console.log(
    `forecast every postal area from ${origin}: ${total.toFixed(1)} s for ${areas} areas x 3 age groups x 5 horizons (${produced.rows.length} rows, ${produced.explanations.length} explanations); of it fitting the network at the origin ${fit.toFixed(1)} s, forecasting ${(total - fit).toFixed(1)} s (target <= 10 s)`,
  );
}

main().catch((err: unknown) => {
  console.error(`bench:forecast failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
