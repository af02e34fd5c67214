import { loadForecastInputs } from '../../models/data/load-forecast-inputs';
import { originsByMunicipality } from '../../models/core/panel';
import { PRODUCT_MODEL } from '../../domain/forecasting/methods';
import { produceForecast, type ExplanationRow } from '../../models/forecast/produce';
import { serialiseNetwork } from '../../models/network/artefacts';
import { DEFAULT_HYPERPARAMETERS } from '../../models/network/network-model';
import {
  insertArtefacts,
  insertBacktest,
  insertModel,
  readActiveModel,
  readDataVintage,
  writeForecastRun,
} from '../../models/registry/store';
import { backtestAll, HORIZONS } from '../../models/training/model-set';
import type { ForecastRow } from '../../models/core/forecast-row';
import type { Artefact } from '../../models/network/artefacts';
import { readAnalytics, updateDerived } from '../derived/derived-store';

export interface TrainOptions {
  /** Whose warehouse and derived store (tests pass their own). */
  env?: NodeJS.ProcessEnv;
  log: (line: string) => void;
}

export interface TrainResult {
  version: string;
  activated: boolean;
  reason: string;
  score: number;
}

const versionId = (d = new Date()) => `v${d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)}`;

/**
 * One training run: the nested backtest of every method and of the product, then the product
 * forecast for every municipality from its own latest published year, and the version in the
 * registry. It becomes active only when its out-of-sample score is not worse than the active
 * version's; otherwise it is kept, inactive, with the reason.
 */
export async function trainModel({ env = process.env, log }: TrainOptions): Promise<TrainResult> {
  const { inputs, vintage, active } = await readAnalytics(
    async (c) => ({
      inputs: await loadForecastInputs(c),
      vintage: await readDataVintage(c),
      active: await readActiveModel(c),
    }),
    env,
  );
  const { panel, long } = inputs;
  log(
    `panel: ${panel.areas.length} postal areas, years ${panel.years.join(', ')}; long series: ${long.areas.length} sub-districts`,
  );
  const backtest = await backtestAll(panel, long, log);
  log(
    `backtest: ${backtest.scored.length} scored forecasts in ${backtest.seconds.toFixed(0)} s; mean MAPE of ${PRODUCT_MODEL} ${backtest.score.toFixed(2)} %`,
  );
  const rows: ForecastRow[] = [];
  const explanations: ExplanationRow[] = [];
  const artefacts: { origin: number; files: Artefact[] }[] = [];
  let backend = 'none';
  const t0 = performance.now();
  for (const [origin, municipalities] of [...originsByMunicipality(panel)].sort((a, b) => a[0] - b[0])) {
    const produced = await produceForecast(panel, backtest, origin, HORIZONS, log);
    rows.push(...produced.rows.filter((r) => municipalities.has(r.municipalityCode)));
    const areas = new Set(rows.filter((r) => r.origin === origin).map((r) => r.postalCode));
    explanations.push(...produced.explanations.filter((e) => areas.has(e.postalCode)));
    artefacts.push({ origin, files: await serialiseNetwork(produced.network) });
    backend = produced.network.backend;
    produced.network.model.dispose();
    log(`forecast from ${origin}: ${municipalities.size} municipalities, ${areas.size} postal areas`);
  }
  const forecastSeconds = (performance.now() - t0) / 1000;
  const version = versionId();
  const cutoff = panel.years[panel.years.length - 1];
  const activeScore = active ? (JSON.parse(active.summary) as { score: number }).score : null;
  const activated = activeScore === null || backtest.score <= activeScore;
  const reason =
    activeScore === null
      ? 'first model: activated'
      : activated
        ? `out-of-sample MAPE ${backtest.score.toFixed(2)} % is not worse than the active ${active!.version} (${activeScore.toFixed(2)} %): activated`
        : `out-of-sample MAPE ${backtest.score.toFixed(2)} % is worse than the active ${active!.version} (${activeScore.toFixed(2)} %): kept inactive`;
  const summary = JSON.stringify({ score: backtest.score, backtestSeconds: backtest.seconds, forecastSeconds });
  await updateDerived(
    async (c) => {
      await insertModel(
        c,
        {
          version,
          model: PRODUCT_MODEL,
          cutoff,
          backend,
          hyperparameters: JSON.stringify(DEFAULT_HYPERPARAMETERS),
          data_fingerprint: vintage.fingerprint,
          dataFiles: vintage.files,
          summary,
          note: reason,
        },
        activated,
      );
      await insertBacktest(c, version, backtest.summary);
      for (const a of artefacts) await insertArtefacts(c, version, a.origin, a.files);
      const run = {
        runId: version,
        modelVersion: version,
        kind: 'model' as const,
        origin: cutoff,
        dataFingerprint: vintage.fingerprint,
      };
      await writeForecastRun(c, run, rows, explanations);
    },
    { waitMs: 10 * 60_000, onWait: () => log('waiting for another writer of the derived store ...') },
    env,
  );
  log(`model ${version}: ${reason}; ${rows.length} forecast rows stored in ${forecastSeconds.toFixed(1)} s`);
  return { version, activated, reason, score: backtest.score };
}
