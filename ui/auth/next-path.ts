/**
 * Where the browser goes after signing in: the `next` parameter when it is a path of this site
 * ("/map?lang=en"), otherwise the front page. Never another origin: not a full URL, not a
 * protocol-relative "//host" (nor "/\host", which browsers read the same way), no control characters,
 * and not the sign-in page itself (a loop).
 */
const BASE = 'http://same-site.invalid';

export function safeNextPath(raw: unknown): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== 'string' || value.length > 2000) return '/';
  if (!value.startsWith('/') || value.startsWith('//')) return '/';
  // Backslashes count as slashes in browsers' URL parsing; control characters are stripped by it.
  if (value.includes('\\') || [...value].some((c) => c.charCodeAt(0) < 0x20 || c === '\x7f')) return '/';
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return '/';
  }
  if (url.origin !== BASE) return '/';
  if (url.pathname === '/sign-in' || url.pathname.startsWith('/sign-in/')) return '/';
  return value;
}
