import type { ComparisonRow } from '@/domain/report/scenario-compare';

/** The scenario routes as the form calls them (app/api/scenarios/**): JSON in, JSON or field issues out. */

export interface RunResult {
  ms: number;
  rows: ComparisonRow[];
  totals: { year: number; base: number; scenario: number }[];
}

export interface SavedRef {
  name: string;
  revision: number;
}

export interface ServerIssue {
  param: string;
  message: string;
}

type Answer<T> = { ok: true; data: T } | { ok: false; issues: ServerIssue[] };

async function postJson<T>(url: string, body: unknown): Promise<Answer<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const data = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (res.ok) return { ok: true, data: data as T };
  const error = data.error as { issues?: ServerIssue[] } | undefined;
  return { ok: false, issues: error?.issues ?? [] };
}

/** Baseline and scenario side by side (POST /api/scenarios/run): nothing is written. */
export const runScenario = (municipality: string, scenario: Record<string, unknown>) =>
  postJson<RunResult>('/api/scenarios/run', { municipality, scenario });

/**
 * Saves the scenario (POST /api/scenarios). `revision` is the one being replaced: saving under the
 * name the form was opened with replaces it; any other name is a new scenario.
 */
export async function saveScenario(
  municipality: string,
  scenario: Record<string, unknown>,
  revision: number | undefined,
): Promise<Answer<SavedRef>> {
  const answer = await postJson<{ saved: unknown; revision: unknown }>('/api/scenarios', {
    scenario,
    municipality,
    revision,
  });
  if (!answer.ok) return answer;
  return { ok: true, data: { name: String(answer.data.saved), revision: Number(answer.data.revision) } };
}

/** The link that reopens a saved scenario (the page reads `name` and `municipality`). */
export const savedScenarioUrl = (saved: SavedRef, municipality: string, lang: string) =>
  `/scenarios?${new URLSearchParams({ name: saved.name, municipality, lang }).toString()}`;
