import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { warehousePath } from '../../core/config/paths';
import { updateWarehouse } from '../../core/warehouse/publish';
import { withReadOnlyWarehouse } from '../../core/warehouse/with-warehouse';
import { truncatePanel } from '../../models/core/panel';
import { loadPanel } from '../../models/data/load-panel';
import { formatForecastCsv } from '../../models/forecast/forecast-csv';
import { loadCalibrationSet } from '../../models/forecast/calibration-set';
import { produceForecast } from '../../models/forecast/produce';
import { loadAgeProfiles } from '../../models/forecast/single-age';
import { loadNetwork } from '../../models/network/artefacts';
import { fitNetwork, type NetworkHyperparameters } from '../../models/network/network-model';
import { readActiveModel, replaceForecast } from '../../models/registry/store';
import { HORIZONS } from '../../models/training/model-set';
import { logToStderr, runCli } from '../../core/cli/run-cli';

/**
 * `npm run forecast -- --origin <year> --horizon <n> --out <file.csv>`: forecasts from data up to
 * and including the origin only. The active model is used as trained when its cutoff is the
 * origin; for another origin the same network design is refitted on the data up to the origin.
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
  const dbPath = warehousePath();
  const { panel, profiles, active } = await withReadOnlyWarehouse(dbPath, async (c) => ({
    panel: await loadPanel(c),
    profiles: await loadAgeProfiles(c),
    active: await readActiveModel(c),
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
  await updateWarehouse(dbPath, (c) => replaceForecast(c, version, origin, produced.rows, produced.explanations));
  logToStderr(`stored as model_version ${version} in public_forecasts${args.out ? `; wrote ${args.out}` : ''}`);
  fitted.model.dispose();
});
