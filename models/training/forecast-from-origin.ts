import { truncatePanel, type Panel } from '../core/panel';
import { produceForecast, type ProducedForecast } from '../forecast/produce';
import { backtestAll } from './model-set';

/**
 * A forecast from any origin made as if it were that year: the panel is cut at the origin first, then
 * the nested backtest of the earlier origins (which fits the combination, its bias correction and the
 * intervals) and the network at the origin are fitted on what is left. The forecast CLI runs this, so
 * it needs no trained version and can never use a choice made with later years.
 */
export async function forecastFromOrigin(
  panel: Panel,
  long: Panel,
  origin: number,
  horizons: readonly number[],
  log: (line: string) => void = () => {},
): Promise<ProducedForecast> {
  const known = truncatePanel(panel, origin);
  log(
    `fitting on data up to ${origin}: nested backtest of origins ${known.years.slice(0, -1).join(', ') || '(none)'} ...`,
  );
  const backtest = await backtestAll(known, long, log);
  log(`forecasting from ${origin} ...`);
  return produceForecast(known, backtest, origin, horizons, log);
}
