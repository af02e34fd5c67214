import path from 'node:path';
import { loadPanel } from '../../models/data/load-panel';
import { saveCalibrationSet } from '../../models/forecast/calibration-set';
import { PRODUCT_MODEL, produceForecast } from '../../models/forecast/produce';
import { loadAgeProfiles } from '../../models/forecast/single-age';
import { saveNetwork } from '../../models/network/artefacts';
import { DEFAULT_HYPERPARAMETERS, fitNetwork } from '../../models/network/network-model';
import {
  insertBacktest,
  insertModel,
  readActiveModel,
  readDataVintage,
  writeForecastRun,
} from '../../models/registry/store';
import { backtestAll, HORIZONS } from '../../models/training/model-set';
import { readAnalytics, updateDerived } from '../derived/derived-store';

export interface TrainOptions {
  /** Whose warehouse, derived store and artefacts (tests pass their own). */
  env?: NodeJS.ProcessEnv;
  modelsDir: string;
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
 * One training run: backtest every model, fit the network on all data, save artefacts, forecast
 * from the latest year, and register the version. It becomes active only when its backtest score
 * is not worse than the active version's; otherwise it is kept, inactive, with the reason.
 */
export async function trainModel({ env = process.env, modelsDir, log }: TrainOptions): Promise<TrainResult> {
  const { panel, profiles, vintage, active } = await readAnalytics(
    async (c) => ({
      panel: await loadPanel(c),
      profiles: await loadAgeProfiles(c),
      vintage: await readDataVintage(c),
      active: await readActiveModel(c),
    }),
    env,
  );
  log(`panel: ${panel.areas.length} postal areas, years ${panel.years.join(', ')}`);
  const backtest = await backtestAll(panel, DEFAULT_HYPERPARAMETERS, log);
  log(
    `backtest: ${backtest.scored.length} scored forecasts in ${backtest.seconds.toFixed(0)} s; mean MAPE of ${PRODUCT_MODEL} ${backtest.score.toFixed(2)} %`,
  );
  const t0 = performance.now();
  const fitted = await fitNetwork(panel, HORIZONS, DEFAULT_HYPERPARAMETERS);
  const trainSeconds = (performance.now() - t0) / 1000;
  log(
    `final network fitted on ${fitted.examples} examples up to ${fitted.cutoff} (${fitted.backend}) in ${trainSeconds.toFixed(1)} s`,
  );
  const version = versionId();
  const dir = path.join(modelsDir, version);
  await saveNetwork(fitted, dir);
  saveCalibrationSet(dir, backtest.calibration);
  log(
    `methods per cell (network only where it beat every baseline): ${JSON.stringify(backtest.calibration.selection)}`,
  );
  const produced = await produceForecast(panel, fitted, backtest.calibration, profiles, HORIZONS);
  const activeScore = active ? (JSON.parse(active.summary) as { score: number }).score : null;
  const activated = activeScore === null || backtest.score <= activeScore;
  const reason =
    activeScore === null
      ? 'first model: activated'
      : activated
        ? `backtest MAPE ${backtest.score.toFixed(2)} % is not worse than the active ${active!.version} (${activeScore.toFixed(2)} %): activated`
        : `backtest MAPE ${backtest.score.toFixed(2)} % is worse than the active ${active!.version} (${activeScore.toFixed(2)} %): kept inactive`;
  const summary = JSON.stringify({
    score: backtest.score,
    backtestSeconds: backtest.seconds,
    trainSeconds,
    examples: fitted.examples,
    selection: backtest.calibration.selection,
  });
  await updateDerived(
    async (c) => {
      await insertModel(
        c,
        {
          version,
          model: PRODUCT_MODEL,
          cutoff: fitted.cutoff,
          backend: fitted.backend,
          hyperparameters: JSON.stringify(fitted.hyperparameters),
          data_fingerprint: vintage.fingerprint,
          dataFiles: vintage.files,
          summary,
          artefact_dir: dir,
          note: reason,
        },
        activated,
      );
      await insertBacktest(c, version, backtest.summary);
      const run = {
        runId: version,
        modelVersion: version,
        kind: 'model' as const,
        origin: fitted.cutoff,
        dataFingerprint: vintage.fingerprint,
      };
      await writeForecastRun(c, run, produced.rows, produced.explanations);
    },
    { waitMs: 10 * 60_000, onWait: () => log('waiting for another writer of the derived store ...') },
    env,
  );
  fitted.model.dispose();
  log(`model ${version}: ${reason}; ${produced.rows.length} forecast rows from ${fitted.cutoff} stored`);
  return { version, activated, reason, score: backtest.score };
}
