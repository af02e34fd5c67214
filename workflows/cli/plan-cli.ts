import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { warehousePath } from '../../core/config/paths';
import { diffPlans, totalPlan } from '../../domain/planning/compare';
import { computePlan } from '../../domain/planning/engine';
import { differencesToCsv, planToCsv } from '../../domain/planning/plan-csv';
import type { PlanRow } from '../../domain/planning/plan-types';
import { parseScenario, type Scenario } from '../../domain/planning/scenario';
import { updateWarehouse } from '../../core/warehouse/publish';
import { withReadOnlyWarehouse } from '../../core/warehouse/with-warehouse';
import { logToStderr, runCli } from '../../core/cli/run-cli';
import { loadPlanInputs } from '../planning/load-plan-inputs';
import { readPlanningConfig } from '../planning/read-planning-config';
import { listScenarios, loadScenario, saveScenario, storePlan } from '../planning/store-plan';

const USAGE =
  'npm run plan -- [--scenario <file.json|name>] [--out <file.csv>] [--diff <file.csv>] [--config <file.json>] [--author <name>] [--list]';

/**
 * `npm run plan`: the baseline plan (and a scenario when given) per postal area and year - demand,
 * capacity, gap, staff and square metres - stored in the warehouse (public_plan) and optionally
 * written as CSV. A scenario given as a file is validated and saved under its name (public_scenarios);
 * a name loads a saved one. The baseline is recomputed on every run so it always matches the data.
 */
runCli('plan', async () => {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string' },
      out: { type: 'string' },
      diff: { type: 'string' },
      config: { type: 'string' },
      author: { type: 'string' },
      list: { type: 'boolean' },
    },
  });
  const dbPath = warehousePath();
  if (values.list) {
    const saved = await withReadOnlyWarehouse(dbPath, listScenarios);
    for (const s of saved) console.log(`${s.name}\t${s.author}\t${s.created_at}`);
    if (saved.length === 0) logToStderr('no saved scenarios');
    return;
  }
  if (values.diff && !values.scenario) throw new Error(`--diff needs --scenario (usage: ${USAGE})`);
  const config = readPlanningConfig(values.config);
  const t0 = performance.now();
  const { loaded, scenario, fromFile } = await withReadOnlyWarehouse(dbPath, async (c) => {
    const loaded = await loadPlanInputs(c, config);
    const fromFile =
      values.scenario !== undefined && (values.scenario.endsWith('.json') || existsSync(values.scenario));
    const scenario: Scenario | undefined =
      values.scenario === undefined
        ? undefined
        : fromFile
          ? readScenarioFile(values.scenario)
          : await loadScenario(c, values.scenario);
    return { loaded, scenario, fromFile };
  });
  const { basis } = loaded;
  logToStderr(
    `plan: ${loaded.inputs.areas.length} postal areas, ${basis.units} units (${basis.syntheticUnits} synthetic) loaded in ${ms(t0)}`,
  );
  const params = [...loaded.inputs.parameters.values()].filter((p) => p.municipalityCode !== 'SSS');
  const countOf = (f: (p: (typeof params)[number]) => boolean) => params.filter(f).length;
  logToStderr(
    `plan: participation ${basis.rateYear}: own rates for ${countOf((p) => p.rateSource === 'derived')} municipalities ` +
      `(denominator observed ${countOf((p) => p.rateSource === 'derived' && p.denominator === 'observed')}, forecast ${countOf((p) => p.rateSource === 'derived' && p.denominator === 'forecast')}, ` +
      `earlier year ${countOf((p) => p.rateSource === 'derived' && p.denominator === 'earlier-year')}), national rates for ${countOf((p) => p.rateSource === 'national')}`,
  );
  logToStderr(
    basis.modelVersion
      ? `plan: forecasts of model ${basis.modelVersion}, origin ${basis.origins.join('/')}`
      : 'plan: no active forecast model in the warehouse - planning observed years only (run npm run train / forecast)',
  );

  const t1 = performance.now();
  const baseline = computePlan(loaded.inputs);
  const scenarioRows = scenario ? computePlan(loaded.inputs, scenario) : [];
  logToStderr(`plan: computed ${baseline.length + scenarioRows.length} area-year rows in ${ms(t1)}`);

  await updateWarehouse(dbPath, async (c) => {
    if (scenario && fromFile)
      await saveScenario(c, scenario, values.author ?? scenario.author ?? process.env.USER ?? 'unknown');
    await storePlan(c, [...baseline, ...scenarioRows], basis);
  });
  logToStderr(
    `plan: stored in ${dbPath} (public_plan${scenario ? `: baseline and '${scenario.name}'` : ': baseline'})`,
  );

  const shown = scenario ? scenarioRows : baseline;
  if (values.out) {
    writeFileSync(values.out, planToCsv(shown));
    logToStderr(`plan: wrote ${shown.length} rows to ${values.out}`);
  }
  if (values.diff) {
    const differences = diffPlans(baseline, scenarioRows);
    writeFileSync(values.diff, differencesToCsv(differences));
    logToStderr(`plan: wrote ${differences.length} differences from the baseline to ${values.diff}`);
  }
  printSummary(shown);
});

function readScenarioFile(file: string): Scenario {
  if (!existsSync(file)) throw new Error(`${file}: scenario file not found`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${(err as Error).message})`, { cause: err });
  }
  return parseScenario(json, file);
}

const ms = (t: number) => `${(performance.now() - t).toFixed(0)} ms`;

/** Municipalities with units in the registry: places needed and missing per year, and red areas. */
function printSummary(rows: readonly PlanRow[]): void {
  const withCapacity = rows.filter((r) => r.capacityTotal !== null);
  const reds = new Map<string, number>();
  for (const r of withCapacity)
    if (r.rag === 'red')
      reds.set(`${r.municipalityCode}|${r.year}`, (reds.get(`${r.municipalityCode}|${r.year}`) ?? 0) + 1);
  for (const t of totalPlan(withCapacity, (r) => r.municipalityCode)) {
    console.log(
      [
        `${t.scenario} ${t.group} ${t.year}`,
        `demand ${Math.round(t.demandTotal ?? 0)}`,
        `capacity ${t.capacityTotal}`,
        `gap ${Math.round(t.gapPlaces ?? 0)}`,
        `educators ${t.staffEducators}`,
        `FTE ${Math.round(t.staffFte ?? 0)}`,
        `red areas ${reds.get(`${t.group}|${t.year}`) ?? 0}/${t.areas}`,
      ].join('  '),
    );
  }
}
