import { existsSync, readFileSync } from 'node:fs';
import { planningConfigSchema, type PlanningConfig } from '../../domain/planning/config';

/**
 * The planning assumptions file (`--config <file.json>`, shape: domain/planning/config.ts). No file given
 * means the documented defaults; a named file that is missing or broken stops the run with its name,
 * so a typo never silently plans with defaults.
 */
export function readPlanningConfig(file: string | undefined): PlanningConfig {
  if (file === undefined) return {};
  if (!existsSync(file)) throw new Error(`${file}: planning config file not found`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${(err as Error).message})`, { cause: err });
  }
  const parsed = planningConfigSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue.path.join('.') || 'document'}: ${issue.message}`);
  }
  return parsed.data;
}
