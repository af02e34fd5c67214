import { warehousePath } from '../../core/config/paths';
import { updateDerived } from '../derived/derived-store';
import { withReadOnlyWarehouse } from '../../core/warehouse/with-warehouse';
import { loadPanel } from '../../models/data/load-panel';
import { formatSummary } from '../../models/evaluation/summarise';
import { loadAgeProfiles } from '../../models/forecast/single-age';
import { measureSplitError } from '../../models/forecast/single-age-error';
import { insertBacktest } from '../../models/registry/store';
import { backtestAll } from '../../models/training/model-set';
import { logToStderr, runCli } from '../../core/cli/run-cli';

/**
 * `npm run backtest [-- --size-class 0|1|2]`: the rolling-origin backtest of every model, printed
 * and stored in the warehouse (public_backtest, version backtest-<time>), plus the error of the
 * six-year-old split measured on Helsinki single ages.
 */
runCli('backtest', async () => {
  const args = process.argv.slice(2);
  const sizeClass =
    args[0] === '--size-class' && /^[012]$/.test(args[1] ?? '') ? args[1] : args.length === 0 ? 'all' : null;
  if (sizeClass === null) throw new Error('usage: npm run backtest [-- --size-class 0|1|2]');
  const dbPath = warehousePath();
  const { panel, splitError } = await withReadOnlyWarehouse(dbPath, async (c) => ({
    panel: await loadPanel(c),
    splitError: await measureSplitError(c, await loadAgeProfiles(c)),
  }));
  logToStderr(`panel: ${panel.areas.length} postal areas, years ${panel.years.join(', ')}`);
  const result = await backtestAll(panel, undefined, logToStderr);
  for (const line of formatSummary(result.summary, sizeClass)) console.log(line);
  console.log('\nsix-year-old split (Helsinki osa-alue 1991-2009, areas with >= 20 six-year-olds): MAPE by horizon');
  for (const e of splitError)
    console.log(
      `  h=${e.horizon}  n=${e.n}  cohort split ${e.mape.toFixed(1)} %  constant city share ${e.mapeConstantShare.toFixed(1)} %`,
    );
  const version = `backtest-${new Date().toISOString().slice(0, 19)}`;
  await updateDerived((c) => insertBacktest(c, version, result.summary), { waitMs: 5 * 60_000 });
  console.log(
    `\nbacktest ${version}: ${result.scored.length} scored forecasts in ${result.seconds.toFixed(0)} s; stored in public_backtest`,
  );
});
