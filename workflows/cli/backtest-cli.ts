import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measureSixYearSplit } from '../../models/cohort/six-year-error';
import { loadForecastInputs } from '../../models/data/load-forecast-inputs';
import { backtestTable, replaceBetweenMarkers } from '../../models/evaluation/backtest-table';
import { backtestBirths, birthsTable } from '../../models/evaluation/births-backtest';
import { ceilingTable } from '../../models/evaluation/ceilings';
import { insertBacktest } from '../../models/registry/store';
import { backtestAll, HORIZONS } from '../../models/training/model-set';
import { logToStderr, runCli } from '../../core/cli/run-cli';
import { readAnalytics, updateDerived } from '../derived/derived-store';

/**
 * `npm run backtest [-- --size-class 0|1|2] [--docs]`: the nested backtest of every method and of the
 * product, printed as a table and stored (public_backtest, version backtest-<time>), with the error of
 * the six-year-old split measured on Helsinki's single ages. `--docs` writes the table into
 * docs/forecasting.md, so the documented numbers are always the ones this command measured.
 */
const BEGIN = '<!-- backtest-table:begin (npm run backtest -- --docs) -->';
const END = '<!-- backtest-table:end -->';

runCli('backtest', async () => {
  const { values } = parseArgs({ options: { 'size-class': { type: 'string' }, docs: { type: 'boolean' } } });
  const sizeClass = values['size-class'] ?? 'all';
  if (!/^(all|[012])$/.test(sizeClass)) throw new Error('usage: npm run backtest [-- --size-class 0|1|2] [--docs]');
  const { panel, long } = await readAnalytics(loadForecastInputs);
  logToStderr(`panel: ${panel.areas.length} postal areas, years ${panel.years.join(', ')}`);
  const result = await backtestAll(panel, long, logToStderr);
  const table = backtestTable(result.summary, sizeClass);
  for (const line of table) console.log(line);
  const split = measureSixYearSplit(long, HORIZONS);
  const splitLines = [
    '',
    'Six-year-old split (Helsinki sub-districts 1991-2009, areas with >= 20 six-year-olds), MAPE by horizon:',
    ...split.map(
      (e) =>
        `- h=${e.horizon}: cohort split ${e.mape.toFixed(1)} %, constant city share ${e.mapeConstantShare.toFixed(1)} % (n=${e.n})`,
    ),
    '',
    'Births component on municipal births 1987-2017 (`models/evaluation/births-backtest.ts`; WAPE, in brackets the bias, % of all births):',
    '',
    ...birthsTable(backtestBirths(panel.births, HORIZONS)),
    '',
    "Ceilings (`models/evaluation/ceilings.ts`): the anchor's MAPE if every municipality's later total, and then also every area's later dwellings, had been known - the most skill any better model of births, migration or housing could add:",
    '',
    ...ceilingTable(result.ceilings),
    '',
    `Measured ${new Date().toISOString().slice(0, 10)}: ${result.scored.length} scored postal forecasts, nested backtest ${result.seconds.toFixed(0)} s.`,
  ];
  for (const line of splitLines) console.log(line);
  if (values.docs) {
    const file = path.join(process.cwd(), 'docs', 'forecasting.md');
    writeFileSync(file, replaceBetweenMarkers(readFileSync(file, 'utf8'), BEGIN, END, [...table, ...splitLines]));
    logToStderr(`wrote the table into ${file}`);
  }
  const version = `backtest-${new Date().toISOString().slice(0, 19)}`;
  await updateDerived((c) => insertBacktest(c, version, result.summary), { waitMs: 5 * 60_000 });
  logToStderr(`backtest ${version}: stored in public_backtest`);
});
