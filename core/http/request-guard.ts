/**
 * Two checks every request passes before any route sees it (proxy.ts runs them):
 *
 * - Host: the request must name one of the product's own host names. A page on a rebound DNS name
 *   (evil.example resolving to 127.0.0.1) then gets nothing, and X-Forwarded-Host is never trusted.
 * - Cross-site writes: a state-changing request from a browser must come from this very origin. As Go's
 *   CrossOriginProtection does: `Sec-Fetch-Site` same-origin (or none: typed in the address bar) passes,
 *   any other value is refused; without it, an `Origin` must equal this request's own origin. A request
 *   with neither header does not come from a browser (a script with its own session) and is not a
 *   cross-site forgery.
 */
export interface GuardConfig {
  /** Host names (no port) the product answers to. */
  hosts: readonly string[];
}

export type GuardVerdict = { ok: true } | { ok: false; status: 403 | 421; reason: string };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

/** The configured names plus loopback (the product is always usable on the machine it runs on). */
export const allowedHosts = (configured: readonly string[], publicUrl?: string): string[] => [
  ...new Set([...LOOPBACK, ...configured, ...(publicUrl ? [new URL(publicUrl).hostname.toLowerCase()] : [])]),
];

const hostnameOf = (host: string): string => {
  const h = host.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  return h.split(':')[0];
};

export function checkRequest(
  req: { method: string; headers: { get(name: string): string | null } },
  config: GuardConfig,
): GuardVerdict {
  const host = req.headers.get('host');
  if (!host || !config.hosts.includes(hostnameOf(host))) {
    return { ok: false, status: 421, reason: 'This host name is not served here' };
  }
  if (SAFE_METHODS.has(req.method.toUpperCase())) return { ok: true };
  const site = req.headers.get('sec-fetch-site');
  if (site !== null) {
    return site === 'same-origin' || site === 'none'
      ? { ok: true }
      : { ok: false, status: 403, reason: 'Cross-site request refused' };
  }
  const origin = req.headers.get('origin');
  if (origin === null) return { ok: true };
  let originHost: string | null;
  try {
    originHost = origin === 'null' ? null : new URL(origin).host.toLowerCase();
  } catch {
    originHost = null;
  }
  return originHost === host.trim().toLowerCase()
    ? { ok: true }
    : { ok: false, status: 403, reason: 'Cross-site request refused' };
}
