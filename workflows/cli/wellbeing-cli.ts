import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { logToStderr, runCli } from '../../core/cli/run-cli';
import { indicatorById, indicatorsOf } from '../../domain/wellbeing/indicator-catalogue';
import type { PanelId } from '../../domain/wellbeing/indicator-schema';
import type { OutcomeForecast } from '../../models/wellbeing/forecast-at-origin';
import { formatWellbeingCsv } from '../../models/wellbeing/wellbeing-csv';
import { readAnalytics } from '../derived/derived-store';
import { computeOutcomeDemand, HORIZONS } from '../wellbeing/compute-demand';
import { loadMunicipalPanel } from '../wellbeing/load-wellbeing-data';

/**
 * `npm run wellbeing -- --origin <year> --horizon <n> --out <file.csv>` (a stable contract): forecasts of
 * every corrective-service indicator published at the origin, for every municipality with a value
 * there, fitted on data up to and including the origin only - the model choice per horizon and the
 * intervals included (models/wellbeing/forecast-at-origin.ts). Nothing is stored; the product's own
 * forecasts come from the wellbeing refresh.
 */
const USAGE = 'usage: npm run wellbeing -- --origin <year> --horizon <n> --out <file.csv>';
const argsSchema = z.object({
  origin: z.coerce.number().int().min(1990).max(2100).optional(),
  horizon: z.coerce.number().int().min(1).max(HORIZONS.length).default(HORIZONS.length),
  out: z.string().min(1).optional(),
});
const PANELS: PanelId[] = ['municipal-recent', 'municipal-history'];

runCli('wellbeing', async () => {
  const { values } = parseArgs({
    options: { origin: { type: 'string' }, horizon: { type: 'string' }, out: { type: 'string' } },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`--${String(issue.path[0])}: ${issue.message} (${USAGE})`);
  }
  const args = parsed.data;
  const panels = await readAnalytics(async (c) => Promise.all(PANELS.map((p) => loadMunicipalPanel(c, p))));
  const published = (origin: number) =>
    PANELS.flatMap((id, i) =>
      indicatorsOf(id)
        .filter(
          (o) => o.role === 'outcome' && panels[i].areas.some((a) => panels[i].get(o.id, a, origin) !== undefined),
        )
        .map((o) => ({ panelId: id, panel: panels[i], outcome: o.id })),
    );
  const years = [
    ...new Set(PANELS.flatMap((id, i) => panels[i].years.filter((y) => published(y).some((p) => p.panelId === id)))),
  ].sort();
  const origin = args.origin ?? years[years.length - 1];
  const outcomes = origin === undefined ? [] : published(origin);
  if (outcomes.length === 0)
    throw new Error(`no corrective-service indicator is published for ${origin}; years with data: ${years.join(', ')}`);
  const rows: OutcomeForecast[] = [];
  for (const o of outcomes) {
    // Always fitted for 1-5 years (the network learns all horizons at once): --horizon only cuts the output.
    const d = await computeOutcomeDemand(o.panel, o.panelId, o.outcome, origin, logToStderr);
    rows.push(...d.forecasts.filter((f) => f.horizon <= args.horizon));
  }
  const csv = formatWellbeingCsv(rows, (id) => indicatorById(id)?.title ?? id);
  if (args.out) writeFileSync(args.out, csv);
  else process.stdout.write(csv);
  logToStderr(
    `wellbeing from ${origin}: ${outcomes.length} indicators, ${rows.length} rows${args.out ? ` -> ${args.out}` : ''}`,
  );
});
