import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { logToStderr, runCli } from '../../core/cli/run-cli';
import { rawDataDir } from '../../core/config/paths';
import { badRequest } from '../../core/errors';
import { formatNumber } from '../../core/format/number';
import { generateSyntheticCohort } from '../../domain/offers/synthetic-cohort';
import { weightsSchema, type Weights } from '../../domain/offers/weights';
import { hashFile } from '../../pipelines/core/read-raw-file';
import { readDemoInputs } from '../offers/demo-inputs';
import { engineChildOf, engineUnitOf } from '../offers/engine-inputs';
import { proposePlaces } from '../offers/propose';
import { readCohortCsv } from '../offers/read-cohort-csv';
import { readOfferUnitsCsv } from '../offers/read-units-csv';
import { formatCohortCsv, formatOfferUnitsCsv, formatProposalsCsv, writeAtomically } from '../offers/write-csv';
import { runOffersStoreCommand, STORE_COMMANDS } from '../offers/store-commands';

const USAGE = [
  'npm run offers -- propose --cohort <cohort.csv> --units <units.csv> --year <start year> --out <proposals.csv> [--two-year] [--weights <weights.json>]',
  'npm run offers -- synthetic --year <start year> --cohort <cohort.csv> --units <units.csv> [--total <children>] [--seed <n>]',
  `npm run offers -- ${STORE_COMMANDS.join(' | ')} (the app store's rounds: see docs/offers.md)`,
].join('\n  ');

/**
 * `npm run offers`: the proposal engine on files, without any database (`propose`, the stable contract of
 * docs/offers.md), a synthetic Helsinki cohort and units file to try it on (`synthetic`), and the app
 * store's housekeeping (`purge` of rounds past their retention, `deliver` of the outbox).
 */
const raw = (p: string) => ({ relPath: p, absPath: path.resolve(p), ...hashFile(path.resolve(p)) });

function readWeights(file: string | undefined): Weights {
  if (!file) return weightsSchema.parse({});
  if (!existsSync(file)) throw badRequest(`${file}: no such weights file`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw badRequest(`${file}:1:json: not JSON (${(err as Error).message})`);
  }
  const parsed = weightsSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badRequest(`${file}:1:${issue.path.join('.') || 'weights'}: ${issue.message}`);
  }
  return parsed.data;
}

const year = (v: string | undefined) => {
  if (!v || !/^\d{4}$/.test(v)) throw badRequest(`--year: expected a start year such as 2027\n  ${USAGE}`);
  return Number(v);
};

async function propose(values: Record<string, string | boolean | undefined>) {
  const need = (name: string) => {
    const v = values[name];
    if (typeof v !== 'string' || v === '') throw badRequest(`--${name} is required\n  ${USAGE}`);
    return v;
  };
  const [cohortFile, unitsFile, out] = [need('cohort'), need('units'), need('out')];
  const startYear = year(values.year as string | undefined);
  for (const f of [cohortFile, unitsFile]) if (!existsSync(f)) throw badRequest(`${f}:0:file: no such file`);
  const weights = readWeights(values.weights as string | undefined);
  const { units, hasShiftCare } = readOfferUnitsCsv(raw(unitsFile));
  const children = readCohortCsv(raw(cohortFile), {
    startYear,
    twoYearPreschool: values['two-year'] === true,
    unitIds: new Set(units.map((u) => u.unitId)),
  });
  if (!hasShiftCare && children.some((c) => c.shiftCare))
    logToStderr(`${unitsFile}: no shift_care column, so shift care is not checked for the children who need it`);
  const result = await proposePlaces({
    children: children.map(engineChildOf),
    units: units.map((u) => engineUnitOf(u)),
    startYear,
    weights,
  });
  // One row per child, in the order of the cohort file.
  const byChild = new Map(result.placements.map((p) => [p.childId, p]));
  writeAtomically(out, formatProposalsCsv(children.map((c) => byChild.get(c.childId)!)));
  const s = result.score;
  const g = result.greedy.score;
  const km = (v: number) => formatNumber(v, 'en-GB', 2);
  logToStderr(
    `proposed ${s.placed} of ${children.length} children (${s.unplaced} without a place) in ${formatNumber(result.stats.totalMs, 'en-GB')} ms; mean ${km(s.meanKm)} km (greedy ${km(g.meanKm)}), continuity ${s.continuityKept}/${s.continuityPossible} (greedy ${g.continuityKept}), empty places ${s.emptyPlaces} (greedy ${g.emptyPlaces}); wrote ${out}`,
  );
}

async function synthetic(values: Record<string, string | boolean | undefined>) {
  const startYear = year(values.year as string | undefined);
  const cohortOut = values.cohort;
  const unitsOut = values.units;
  if (typeof cohortOut !== 'string' || typeof unitsOut !== 'string')
    throw badRequest(`--cohort and --units name the files to write\n  ${USAGE}`);
  const total = values.total === undefined ? undefined : Number(values.total);
  if (total !== undefined && !(Number.isInteger(total) && total > 0 && total <= 100_000))
    throw badRequest('--total: expected a whole number of children (1-100000)');
  const seed = values.seed === undefined ? startYear : Number(values.seed);
  const demo = await readDemoInputs(rawDataDir());
  const cohort = generateSyntheticCohort({ areas: demo.areas, units: demo.units, startYear, seed, total });
  writeAtomically(cohortOut, formatCohortCsv(cohort));
  writeAtomically(unitsOut, formatOfferUnitsCsv(demo.register, demo.units));
  logToStderr(
    `wrote ${cohort.length} SYNTHETIC children (start year ${startYear}, seed ${seed}) to ${cohortOut} and ${demo.units.length} SYNTHETIC units with derived pre-school places to ${unitsOut}`,
  );
}

runCli('offers', async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      cohort: { type: 'string' },
      units: { type: 'string' },
      year: { type: 'string' },
      out: { type: 'string' },
      weights: { type: 'string' },
      'two-year': { type: 'boolean' },
      total: { type: 'string' },
      seed: { type: 'string' },
      round: { type: 'string' },
    },
  });
  const [command] = positionals;
  if (command === 'propose') return propose(values);
  if (command === 'synthetic') return synthetic(values);
  if ((STORE_COMMANDS as readonly string[]).includes(command)) return runOffersStoreCommand(command, values);
  throw badRequest(`unknown command '${command ?? ''}'\n  ${USAGE}`);
});
