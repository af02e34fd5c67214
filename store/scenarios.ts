import type pg from 'pg';
import { z } from 'zod';
import { AppError, badRequest } from '../core/errors';
import type { PlanRow } from '../domain/planning/plan-types';
import { scenarioSchema, type Scenario } from '../domain/planning/scenario';
import { recordAudit, type AuditEvent } from './audit';
import { withTransaction } from './transaction';

/**
 * Planners' saved scenarios in the app store. A save is one transaction: the document and the plan
 * rows that differ from the baseline go in together. A scenario that already exists is only replaced
 * by a save that names the revision it replaces, so two planners saving the same name cannot silently
 * overwrite each other.
 */
export interface SavedScenarioSummary {
  id: number;
  municipalityCode: string;
  name: string;
  author: string;
  createdAt: string;
  updatedAt: string;
  revision: number;
}

export interface SavedScenario extends SavedScenarioSummary {
  document: Scenario;
}

/** What a stored result was computed against (the same fields as the baseline plan's basis). */
export interface ResultBasis {
  modelVersion: string | null;
  dataFingerprint: string;
  engine: string;
}

const summarySchema = z.object({
  id: z.number(),
  municipality_code: z.string(),
  name: z.string(),
  author: z.string(),
  created_at: z.date(),
  updated_at: z.date(),
  revision: z.number(),
});
const toSummary = (r: z.infer<typeof summarySchema>): SavedScenarioSummary => ({
  id: r.id,
  municipalityCode: r.municipality_code,
  name: r.name,
  author: r.author,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
  revision: r.revision,
});

const COLUMNS = 'id, municipality_code, name, author, created_at, updated_at, revision';

export async function listScenarios(pool: pg.Pool, municipalityCode?: string): Promise<SavedScenarioSummary[]> {
  const { rows } = await pool.query(
    `SELECT ${COLUMNS} FROM scenario WHERE $1::text IS NULL OR municipality_code = $1 ORDER BY municipality_code, name`,
    [municipalityCode ?? null],
  );
  return rows.map((r) => toSummary(summarySchema.parse(r)));
}

/** A saved scenario, its document validated again (the schema may have tightened since it was saved). */
export async function findScenario(
  pool: pg.Pool,
  municipalityCode: string,
  name: string,
): Promise<SavedScenario | null> {
  const { rows } = await pool.query(
    `SELECT ${COLUMNS}, document FROM scenario WHERE municipality_code = $1 AND name = $2`,
    [municipalityCode, name],
  );
  if (!rows[0]) return null;
  const document = scenarioSchema.safeParse(rows[0].document);
  if (!document.success) throw badRequest(`saved scenario '${name}' no longer matches the scenario schema`);
  return { ...toSummary(summarySchema.parse(rows[0])), document: document.data };
}

export interface SaveScenario {
  municipalityCode: string;
  document: Scenario;
  author: string;
  /** The revision this save replaces; absent for a new scenario. */
  replacesRevision?: number;
  result: { basis: ResultBasis; differing: PlanRow[] };
  /** The saving user (recorded with the scenario). */
  createdBy?: number | null;
  /** The audit event of the save, written in the save's own transaction. */
  audit?: Omit<AuditEvent, 'objectType' | 'objectId'>;
}

export async function saveScenario(pool: pg.Pool, save: SaveScenario): Promise<SavedScenarioSummary> {
  return withTransaction(pool, async (client) => {
    const { rows: existing } = await client.query(
      'SELECT id, revision FROM scenario WHERE municipality_code = $1 AND name = $2 FOR UPDATE',
      [save.municipalityCode, save.document.name],
    );
    let row;
    if (existing[0]) {
      if (save.replacesRevision !== existing[0].revision) {
        throw new AppError(
          'conflict',
          save.replacesRevision === undefined
            ? `a scenario named '${save.document.name}' exists already; open it to change it, or choose another name`
            : `'${save.document.name}' was changed by someone else since you opened it (revision ${existing[0].revision}); reopen it`,
        );
      }
      ({
        rows: [row],
      } = await client.query(
        `UPDATE scenario SET document = $2, author = $3, updated_at = now(), revision = revision + 1
         WHERE id = $1 RETURNING ${COLUMNS}`,
        [existing[0].id, save.document, save.author],
      ));
    } else {
      if (save.replacesRevision !== undefined)
        throw new AppError('not_found', `no saved scenario '${save.document.name}'`);
      ({
        rows: [row],
      } = await client.query(
        `INSERT INTO scenario (municipality_code, name, document, author, created_by)
         VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
        [save.municipalityCode, save.document.name, save.document, save.author, save.createdBy ?? null],
      ));
    }
    const summary = toSummary(summarySchema.parse(row));
    await writeResult(client, summary.id, save.result.basis, save.result.differing);
    if (save.audit) {
      await recordAudit(client, {
        ...save.audit,
        objectType: 'scenario',
        objectId: String(summary.id),
        details: { municipality: summary.municipalityCode, revision: summary.revision },
      });
    }
    return summary;
  });
}

async function writeResult(client: pg.PoolClient | pg.Pool, id: number, basis: ResultBasis, differing: PlanRow[]) {
  await client.query(
    `INSERT INTO scenario_result (scenario_id, model_version, data_fingerprint, engine, computed_at, differing_rows)
     VALUES ($1, $2, $3, $4, now(), $5)
     ON CONFLICT (scenario_id) DO UPDATE SET model_version = EXCLUDED.model_version,
       data_fingerprint = EXCLUDED.data_fingerprint, engine = EXCLUDED.engine, computed_at = now(),
       differing_rows = EXCLUDED.differing_rows`,
    [id, basis.modelVersion, basis.dataFingerprint, basis.engine, JSON.stringify(differing)],
  );
}

/** Replaces a scenario's stored differences (the plan refresh after a new model or new data). */
export const storeScenarioResult = (pool: pg.Pool, id: number, basis: ResultBasis, differing: PlanRow[]) =>
  writeResult(pool, id, basis, differing);

/** Every saved scenario with its document, for the plan refresh. */
export async function scenariosForRefresh(
  pool: pg.Pool,
): Promise<{ id: number; municipalityCode: string; document: Scenario }[]> {
  const { rows } = await pool.query('SELECT id, municipality_code, document FROM scenario ORDER BY id');
  return rows.flatMap((r) => {
    const document = scenarioSchema.safeParse(r.document);
    return document.success
      ? [{ id: Number(r.id), municipalityCode: r.municipality_code as string, document: document.data }]
      : [];
  });
}

const resultSchema = z.object({
  model_version: z.string().nullable(),
  data_fingerprint: z.string(),
  engine: z.string(),
  differing_rows: z.array(z.record(z.string(), z.unknown())),
});

/** A scenario's stored differences and their basis, or null before the first computation. */
export async function findScenarioResult(
  pool: pg.Pool,
  id: number,
): Promise<{ basis: ResultBasis; differing: PlanRow[] } | null> {
  const { rows } = await pool.query(
    'SELECT model_version, data_fingerprint, engine, differing_rows FROM scenario_result WHERE scenario_id = $1',
    [id],
  );
  if (!rows[0]) return null;
  const r = resultSchema.parse(rows[0]);
  return {
    basis: { modelVersion: r.model_version, dataFingerprint: r.data_fingerprint, engine: r.engine },
    differing: r.differing_rows as unknown as PlanRow[],
  };
}
