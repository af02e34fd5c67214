import path from 'node:path';
import { z } from 'zod';

/** Project root: every command runs from it (npm scripts), so relative defaults resolve here. */
export const projectRoot = (): string => process.cwd();

const envSchema = z.object({
  TILANNEHUONE_DB: z.string().min(1).optional(),
  TILANNEHUONE_RAW: z.string().min(1).optional(),
});

/** The warehouse file every command reads or builds; `TILANNEHUONE_DB` points elsewhere. */
export function warehousePath(env: NodeJS.ProcessEnv = process.env): string {
  const parsed = envSchema.parse(env);
  return path.resolve(projectRoot(), parsed.TILANNEHUONE_DB ?? 'data/warehouse.duckdb');
}

/** Folder of shipped raw inputs; `TILANNEHUONE_RAW` lets a municipality point at its own copy. */
export function rawDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const parsed = envSchema.parse(env);
  return path.resolve(projectRoot(), parsed.TILANNEHUONE_RAW ?? 'data/raw');
}

/** Model artefacts live beside the warehouse they were trained from (data/models/<version>/ by default). */
export function modelsDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(path.dirname(warehousePath(env)), 'models');
}
