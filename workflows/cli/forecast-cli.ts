import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { truncatePanel } from '../../models/core/panel';
import { loadPanel } from '../../models/data/load-panel';
import { formatForecastCsv } from '../../models/forecast/forecast-csv';
import { loadCalibrationSet } from '../../models/forecast/calibration-set';
import { produceForecast } from '../../models/forecast/produce';
import { loadAgeProfiles } from '../../models/forecast/single-age';
import { loadNetwork } from '../../models/network/artefacts';
import { fitNetwork, type NetworkHyperparameters } from '../../models/network/network-model';
import { readActiveModel, readDataVintage, writeForecastRun } from '../../models/registry/store';
import { HORIZONS } from '../../models/training/model-set';
import { logToStderr, runCli } from '../../core/cli/run-cli';
import { readAnalytics, updateDerived } from '../derived/derived-store';

/**
 * `npm run forecast -- --origin <year> --horizon <n> --out <file.csv>`: forecasts from data up to
 * and including the origin only. The active model is used as trained when its cutoff is the
 * origin; for another origin the same network design is refitted on the data up to the origin.
 * The result is stored as an experiment run of its own: the dashboard and the plan keep showing the
 * active model's run.
 */
const argsSchema = z.object({
  origin: z.coerce.number().int().min(2000).max(2100).optional(),
  horizon: z.coerce.number().int().min(1).max(10).default(5),
  out: z.string().min(1).optional(),
});

runCli('forecast', async () => {
  const { values } = parseArgs({
    options: { origin: { type: 'string' }, horizon: { type: 'string' }, out: { type: 'string' } },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `--${String(issue.path[0])}: ${issue.message} (usage: npm run forecast -- --origin <year> --horizon <n> --out <file.csv>)`,
    );
  }
  const args = parsed.data;
  const { panel, profiles, active, vintage } = await readAnalytics(async (c) => ({
    panel: await loadPanel(c),
    profiles: await loadAgeProfiles(c),
    active: await readActiveModel(c),
    vintage: await readDataVintage(c),
  }));
  if (!active) throw new Error('no active model in the warehouse; run npm run train first');
  const origin = args.origin ?? panel.years[panel.years.length - 1];
  if (!panel.years.includes(origin))
    throw new Error(`no published postal data for ${origin}; years with data: ${panel.years.join(', ')}`);
  const horizons = Array.from({ length: args.horizon }, (_, i) => i + 1);
  const calibration = loadCalibrationSet(active.artefact_dir);
  let fitted;
  let version = active.version;
  if (origin === active.cutoff) {
    fitted = await loadNetwork(active.artefact_dir);
  } else {
    logToStderr(`refitting ${active.version}'s network on data up to ${origin} ...`);
    const hp = JSON.parse(active.hyperparameters) as NetworkHyperparameters;
    fitted = await fitNetwork(truncatePanel(panel, origin), [...new Set([...HORIZONS, ...horizons])], hp);
    version = `${active.version}-refit-${origin}`;
  }
  const t0 = performance.now();
  const produced = await produceForecast(panel, fitted, calibration, profiles, horizons);
  const areas = new Set(produced.rows.map((r) => r.postalCode)).size;
  logToStderr(
    `forecast from ${origin}: ${areas} postal areas, ${produced.rows.length} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const csv = formatForecastCsv(produced.rows, version);
  if (args.out) writeFileSync(args.out, csv);
  else process.stdout.write(csv);
  const run = {
    runId: `experiment-${origin}-h${args.horizon}-${new Date().toISOString().replace(/[-:.]/g, '').slice(0, 15)}`,
    modelVersion: version,
    kind: 'experiment' as const,
    origin,
    dataFingerprint: vintage.fingerprint,
  };
  await updateDerived((c) => writeForecastRun(c, run, produced.rows, produced.explanations), { waitMs: 5 * 60_000 });
  logToStderr(`stored as experiment run ${run.runId} (public_forecast_runs)${args.out ? `; wrote ${args.out}` : ''}`);
  fitted.model.dispose();
});
