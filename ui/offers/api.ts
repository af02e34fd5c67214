/**
 * The offer API as the officer's pages call it: JSON in, JSON out; an error answer becomes its message
 * (a refused file's first `file:line:field: reason` line included), never a stack trace.
 */
export interface ApiResult<T> {
  ok: boolean;
  data?: T;
  error?: string;
  issues?: { param: string; message: string }[];
}

export async function postJson<T = unknown>(url: string, body: unknown): Promise<ApiResult<T>> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = (await res.json().catch(() => ({}))) as {
      error?: { message?: string; issues?: ApiResult<T>['issues'] };
    } & T;
    if (!res.ok) return { ok: false, error: json.error?.message ?? `HTTP ${res.status}`, issues: json.error?.issues };
    return { ok: true, data: json };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
