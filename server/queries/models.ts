import 'server-only';
import { z } from 'zod';
import type { BacktestCell } from '../../domain/forecasting/backtest-cell';
import { warehouse } from '../warehouse/warehouse';

/** The model registry and backtests for the analysts' page (/models). Read-only, like all of server/queries. */
const jsonText = <S extends z.ZodType>(schema: S) =>
  z
    .string()
    .nullable()
    .transform((s): z.output<S> | null => {
      if (s === null) return null;
      try {
        const parsed = schema.safeParse(JSON.parse(s));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    });

const summarySchema = z
  .object({
    score: z.number().optional(),
    backtestSeconds: z.number().optional(),
    trainSeconds: z.number().optional(),
    examples: z.number().optional(),
  })
  .passthrough();

export const modelVersionSchema = z.object({
  version: z.string(),
  created_at: z.string(),
  model: z.string(),
  cutoff: z.coerce.number(),
  backend: z.string(),
  hyperparameters: jsonText(z.record(z.string(), z.unknown())),
  data_fingerprint: z.string(),
  data_files: jsonText(z.array(z.object({ file: z.string(), sha256: z.string() }))),
  summary: jsonText(summarySchema),
  status: z.string(),
  note: z.string().nullable(),
  forecast_rows: z.coerce.number(),
});
export type ModelVersion = z.infer<typeof modelVersionSchema>;

export async function fetchModelVersions(): Promise<ModelVersion[] | null> {
  if (!(await warehouse.hasRelation('public_models'))) return null;
  return warehouse.query(
    `SELECT m.version, m.created_at::VARCHAR AS created_at, m.model, m.cutoff, m.backend, m.hyperparameters, m.data_fingerprint,
            m.data_files, m.summary, m.status, m.note,
            (SELECT coalesce(sum(r.rows), 0) FROM public_forecast_runs r WHERE r.model_version = m.version AND r.kind = 'model')::INTEGER AS forecast_rows
     FROM public_models m ORDER BY m.created_at DESC, m.version DESC`,
    modelVersionSchema,
  );
}

const num = z.number().nullable();
export const backtestCellSchema = z.object({
  model: z.string(),
  scope: z.string(),
  age_group: z.string(),
  horizon: z.coerce.number(),
  n: z.coerce.number(),
  mape: num,
  medape: num,
  malpe: num,
  wape: num,
  coverage80: num,
  coverage95: num,
  best_baseline: z.string().nullable(),
  skill: num,
}) satisfies z.ZodType<BacktestCell>;

/** Backtest metrics of one model version over all sizes of area (size_class 'all'). */
export const fetchBacktest = (version: string) =>
  warehouse.query(
    `SELECT model, scope, age_group, horizon, n, mape, medape, malpe, wape, coverage80, coverage95, best_baseline, skill
     FROM public_backtest WHERE version = $version AND size_class = 'all'
     ORDER BY scope, age_group, horizon, model`,
    backtestCellSchema,
    { version },
  );

/** Content hash of what is loaded (for checks that an upload changed nothing). */
export const fetchLineageDigest = () =>
  warehouse.query(
    `SELECT count(*)::INTEGER AS files, coalesce(sha256(string_agg(file || ':' || sha256 || ':' || rows, ',' ORDER BY file)), '') AS digest
     FROM public_lineage`,
    z.object({ files: z.coerce.number(), digest: z.string() }),
  );
