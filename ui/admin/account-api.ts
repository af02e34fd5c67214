import type { Role } from '@/domain/auth/actions';

/** An account as the admin page shows it (GET /api/users, or the server page's own read). */
export interface AccountView {
  username: string;
  displayName: string | null;
  roles: Role[];
  municipalities: string[];
  disabled: boolean;
  /** A local account has a password; the others sign in with the city account (OIDC). */
  local: boolean;
}

/** Field messages by input ("municipalities.0" is shown at the municipalities input); `form` has the rest. */
export type FieldIssues = Partial<Record<string, string>>;

export type Answer =
  { ok: true; user: AccountView } | { ok: false; code: string | null; message: string | null; issues: FieldIssues };

interface ErrorBody {
  error?: { code?: string; message?: string; issues?: { param: string; message: string }[] };
}

/** The server's issues by field (the first segment of each path), the first message of each kept. */
export function issuesByField(issues: readonly { param: string; message: string }[] | undefined): FieldIssues {
  const out: FieldIssues = {};
  for (const i of issues ?? []) {
    const field = i.param.split('.')[0] || 'form';
    out[field] ??= i.message;
  }
  return out;
}

/** "091, 049 ;186" -> ["091", "049", "186"] (the server checks each is three digits). */
export const parseMunicipalities = (text: string): string[] =>
  text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);

async function send(url: string, method: 'POST' | 'PATCH', body: unknown): Promise<Answer> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, code: null, message: null, issues: {} };
  }
  const data = (await res.json().catch(() => ({}))) as { user?: AccountView } & ErrorBody;
  if (res.ok && data.user) return { ok: true, user: data.user };
  return {
    ok: false,
    code: data.error?.code ?? null,
    message: data.error?.message ?? `HTTP ${res.status}`,
    issues: issuesByField(data.error?.issues),
  };
}

export const createAccount = (u: {
  username: string;
  password: string;
  roles: Role[];
  municipalities: string[];
  displayName?: string;
}) => send('/api/users', 'POST', u);

export const changeAccount = (
  username: string,
  change: { roles?: Role[]; municipalities?: string[]; disabled?: boolean },
) => send(`/api/users/${encodeURIComponent(username)}`, 'PATCH', change);
