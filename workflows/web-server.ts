/**
 * The web server process: Next.js's production server behind a thin node:http layer of our own, so that
 * what a route handler sees about the connection is true. Without a trusted reverse proxy, the client
 * address (X-Forwarded-For) is the socket's, and forwarded host / protocol headers a client made up are
 * dropped; with TILANNEHUONE_TRUST_PROXY=1 the proxy's headers are kept. Slow or oversized requests are
 * cut off by the server's own timeouts and header limits.
 */
import { createServer } from 'node:http';
import next from 'next';
import { readEnv } from '../core/config/env';

const env = readEnv();
const app = next({ dev: false, dir: process.cwd(), port: env.PORT, hostname: '0.0.0.0' });
const handle = app.getRequestHandler();

await app.prepare();
const server = createServer((req, res) => {
  if (!env.TILANNEHUONE_TRUST_PROXY) {
    req.headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
    delete req.headers['x-forwarded-host'];
    delete req.headers['x-forwarded-proto'];
    delete req.headers['forwarded'];
  }
  void handle(req, res);
});
server.headersTimeout = 20_000;
server.requestTimeout = 120_000;
server.keepAliveTimeout = 5_000;
server.listen(env.PORT, () => console.log(`[web] ready on port ${env.PORT}`));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    // Keep-alive connections would hold the close open: end them.
    server.closeAllConnections();
  });
}
