import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { logToStderr, runCli } from '../../core/cli/run-cli';
import { referenceMunicipality } from '../../core/config/reference';
import { badRequest, notFound } from '../../core/errors';
import { diffPlans, totalPlan } from '../../domain/planning/compare';
import { computePlan } from '../../domain/planning/engine';
import { differencesToCsv, planToCsv } from '../../domain/planning/plan-csv';
import type { PlanRow } from '../../domain/planning/plan-types';
import { parseScenario, type Scenario } from '../../domain/planning/scenario';
import { differingRows } from '../../domain/planning/scenario-diff';
import { disclosePlanRow } from '../../domain/privacy/disclose-plan';
import { openConfiguredAppStore } from '../../store/open-configured';
import { findScenario, listScenarios, saveScenario } from '../../store/scenarios';
import { readAnalytics } from '../derived/derived-store';
import { scenarioResultsOf } from '../jobs/job-handlers';
import { loadPlanInputs } from '../planning/load-plan-inputs';
import { inputsOfMunicipality } from '../../domain/planning/municipality-inputs';
import { checkPlanBasis, planningEngineDigest, refreshPlan } from '../planning/refresh-plan';
import { readPlanningConfig } from '../planning/read-planning-config';

const USAGE =
  'npm run plan -- [--scenario <file.json|name>] [--municipality <code>] [--out <file.csv>] [--diff <file.csv>] [--config <file.json>] [--author <name>] [--replace] [--list]';

/**
 * `npm run plan`: recomputes the baseline plan (demand, capacity, gap, staff and square metres per postal
 * area and year) into the derived store, with the saved scenarios' differences, and prints totals. With
 * `--scenario <file.json>` it also plans that scenario for one municipality and saves it in the app store
 * (`--replace` to overwrite one of that name); `--scenario <name>` plans a saved one. `--out` writes the
 * plan shown as CSV, after the same disclosure control as the dashboard.
 */
runCli('plan', async () => {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string' },
      municipality: { type: 'string' },
      out: { type: 'string' },
      diff: { type: 'string' },
      config: { type: 'string' },
      author: { type: 'string' },
      replace: { type: 'boolean' },
      list: { type: 'boolean' },
    },
  });
  const municipality = values.municipality ?? referenceMunicipality();
  if (!/^\d{3}$/.test(municipality)) throw badRequest(`--municipality: expected a three-digit code (usage: ${USAGE})`);
  if (values.diff && !values.scenario) throw badRequest(`--diff needs --scenario (usage: ${USAGE})`);
  const store = await openConfiguredAppStore('tilannehuone-plan', logToStderr);
  try {
    if (values.list) {
      const saved = await listScenarios(store.pool);
      for (const s of saved)
        console.log(`${s.municipalityCode}\t${s.name}\t${s.author}\t${s.updatedAt}\trevision ${s.revision}`);
      if (saved.length === 0) logToStderr('no saved scenarios');
      return;
    }
    await refreshPlan({ log: logToStderr, force: true, scenarios: scenarioResultsOf(store.pool) });
    const config = readPlanningConfig(values.config);
    const t0 = performance.now();
    const { loaded, basis } = await readAnalytics(async (c) => ({
      loaded: await loadPlanInputs(c, config),
      basis: (await checkPlanBasis(c, planningEngineDigest())).current,
    }));
    logToStderr(
      `plan: ${loaded.inputs.areas.length} postal areas, ${loaded.basis.units} units (${loaded.basis.syntheticUnits} synthetic), model ${loaded.basis.modelVersion ?? 'none (observed years only)'}, loaded in ${(performance.now() - t0).toFixed(0)} ms`,
    );
    const baseline = computePlan(loaded.inputs);
    let shown: PlanRow[] = baseline;
    if (values.scenario !== undefined) {
      const fromFile = values.scenario.endsWith('.json') || existsSync(values.scenario);
      const saved = fromFile ? null : await findScenario(store.pool, municipality, values.scenario);
      if (!fromFile && !saved)
        throw notFound(`no saved scenario named '${values.scenario}' in ${municipality} (npm run plan -- --list)`);
      const scenario: Scenario = saved?.document ?? readScenarioFile(values.scenario);
      const inputs = inputsOfMunicipality(loaded.inputs, municipality);
      const base = computePlan(inputs);
      shown = computePlan(inputs, scenario);
      if (fromFile) {
        const existing = await findScenario(store.pool, municipality, scenario.name);
        if (existing && !values.replace)
          throw badRequest(`a scenario named '${scenario.name}' exists in ${municipality}; add --replace`);
        await saveScenario(store.pool, {
          municipalityCode: municipality,
          document: scenario,
          author: values.author ?? scenario.author ?? process.env.USER ?? 'unknown',
          replacesRevision: existing?.revision,
          result: { basis, differing: differingRows(base, shown) },
        });
        logToStderr(`plan: scenario '${scenario.name}' saved for ${municipality} (app store)`);
      }
      if (values.diff) {
        const differences = diffPlans(base, shown);
        writeFileSync(values.diff, differencesToCsv(differences));
        logToStderr(`plan: wrote ${differences.length} differences from the baseline to ${values.diff}`);
      }
    }
    if (values.out) {
      writeFileSync(values.out, planToCsv(shown.map((r) => disclosePlanRow(r))));
      logToStderr(`plan: wrote ${shown.length} rows to ${values.out}`);
    }
    printSummary(shown);
  } finally {
    await store.close();
  }
});

function readScenarioFile(file: string): Scenario {
  if (!existsSync(file)) throw badRequest(`${file}: scenario file not found`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw badRequest(`${file}: not valid JSON (${(err as Error).message})`);
  }
  return parseScenario(json, file);
}

/** Municipalities with units in the registry: places needed and missing per year, and red areas. */
function printSummary(rows: readonly PlanRow[]): void {
  const withCapacity = rows.filter((r) => r.capacityTotal !== null);
  const reds = new Map<string, number>();
  for (const r of withCapacity) {
    const key = `${r.municipalityCode}|${r.year}`;
    if (r.rag === 'red') reds.set(key, (reds.get(key) ?? 0) + 1);
  }
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
