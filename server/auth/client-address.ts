import 'server-only';

/**
 * The address a request came from: the web server process (workflows/web-server.ts) writes the socket's
 * address into X-Forwarded-For unless a trusted proxy sets it; the first entry is the client.
 */
export const clientAddress = (headers: { get(name: string): string | null }): string =>
  (headers.get('x-forwarded-for') ?? '').split(',')[0].trim() || 'unknown';
