import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadForecastInputs } from '../../models/data/load-forecast-inputs';
import { formatForecastCsv } from '../../models/forecast/forecast-csv';
import { readDataVintage, writeForecastRun } from '../../models/registry/store';
import { forecastFromOrigin } from '../../models/training/forecast-from-origin';
import { HORIZONS } from '../../models/training/model-set';
import { logToStderr, runCli } from '../../core/cli/run-cli';
import { readAnalytics, updateDerived } from '../derived/derived-store';

/**
 * `npm run forecast -- --origin <year> --horizon <n> --out <file.csv>`: forecasts from data up to and
 * including the origin only. Everything is fitted here on the data cut at the origin - the nested
 * backtest of the earlier origins (which chooses the combination, its bias correction and the
 * intervals) and the network at the origin - so it works on a fresh warehouse and never uses a choice
 * made with later years. Horizons beyond those the backtest scores are refused. The result is stored as
 * an experiment run of its own: the dashboard and the plan keep showing the active model's run.
 */
const MAX_HORIZON = Math.max(...HORIZONS);
const argsSchema = z.object({
  origin: z.coerce.number().int().min(2000).max(2100).optional(),
  horizon: z.coerce
    .number()
    .int()
    .min(1)
    .max(
      MAX_HORIZON,
      `the backtest scores horizons 1-${MAX_HORIZON} only; a longer forecast would have no measured accuracy`,
    )
    .default(MAX_HORIZON),
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
  const { inputs, vintage } = await readAnalytics(async (c) => ({
    inputs: await loadForecastInputs(c),
    vintage: await readDataVintage(c),
  }));
  const origin = args.origin ?? inputs.panel.years[inputs.panel.years.length - 1];
  if (!inputs.panel.years.includes(origin))
    throw new Error(`no published postal data for ${origin}; years with data: ${inputs.panel.years.join(', ')}`);
  const horizons = Array.from({ length: args.horizon }, (_, i) => i + 1);
  const t0 = performance.now();
  const produced = await forecastFromOrigin(inputs.panel, inputs.long, origin, horizons, logToStderr);
  produced.network.model.dispose();
  const version = `experiment-${origin}`;
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
});
