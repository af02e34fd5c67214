/**
 * `npm run bench:web`: numbers for the web app (prints them; not a timed test).
 *  - Lighthouse (desktop preset, Debian's chromium) on the map page, median of BENCH_RUNS runs:
 *    LCP <= 1.5 s, total blocking time <= 200 ms, CLS <= 0.05;
 *  - bytes of map geometry the first map load transfers: <= 500 KB;
 *  - load on /api/forecasts with 20 concurrent clients (autocannon): p95 latency <= 50 ms, measured
 *    after one cold request per postal area (reported separately) has filled the per-warehouse cache.
 * Runs the product itself (`npm start`'s entry point) on BENCH_PORT (default 3124) on the default data
 * (or TILANNEHUONE_DB); BENCH_URL points it at a server that is already running instead.
 */
import { cpus, loadavg } from 'node:os';
import autocannon from 'autocannon';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { z } from 'zod';
import { ensureUser, signIn, startProduct, type Product } from './support/product';

const env = z
  .object({
    BENCH_URL: z.string().url().optional(),
    BENCH_PORT: z.coerce.number().int().min(1024).max(65535).default(3124),
    BENCH_RUNS: z.coerce.number().int().min(1).max(10).default(3),
    BENCH_DURATION: z.coerce.number().int().min(2).max(120).default(10),
    CHROME_PATH: z.string().default('/usr/bin/chromium'),
  })
  .parse(process.env);

const TARGETS = { lcpMs: 1500, tbtMs: 200, cls: 0.05, apiP95Ms: 50, geometryKB: 500 };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** The product on BENCH_PORT (or BENCH_URL) and a signed-in manager's cookie. */
async function startServer(): Promise<{ base: string; cookie: string; server?: Product }> {
  const password = ensureUser('bench-manager', ['manager']);
  if (env.BENCH_URL) {
    const base = env.BENCH_URL.replace(/\/$/, '');
    return { base, cookie: await signIn(base, 'bench-manager', password) };
  }
  const server = await startProduct(env.BENCH_PORT);
  return { base: server.base, cookie: await signIn(server.base, 'bench-manager', password), server };
}

interface PageNumbers {
  lcp: number;
  tbt: number;
  cls: number;
  geometryBytes: number;
  totalBytes: number;
}

async function lighthouseRun(url: string, cookie: string): Promise<PageNumbers> {
  const chrome = await chromeLauncher.launch({
    chromePath: env.CHROME_PATH,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
        extraHeaders: { Cookie: cookie },
      },
      desktopConfig,
    );
    if (!result) throw new Error('lighthouse returned nothing');
    const audits = result.lhr.audits;
    const requests =
      (audits['network-requests']?.details as { items?: { url: string; transferSize?: number }[] } | undefined)
        ?.items ?? [];
    return {
      lcp: audits['largest-contentful-paint'].numericValue ?? NaN,
      tbt: audits['total-blocking-time'].numericValue ?? NaN,
      cls: audits['cumulative-layout-shift'].numericValue ?? NaN,
      geometryBytes: requests
        .filter((r) => r.url.includes('/api/geometry'))
        .reduce((s, r) => s + (r.transferSize ?? 0), 0),
      totalBytes: requests.reduce((s, r) => s + (r.transferSize ?? 0), 0),
    };
  } finally {
    chrome.kill();
  }
}

async function apiLoad(
  base: string,
  cookie: string,
): Promise<{
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
  coldMedian: number;
  coldMax: number;
}> {
  const areas = z
    .object({ areas: z.array(z.object({ postal_code: z.string() })) })
    .parse(await (await fetch(`${base}/api/areas?municipality=091`, { headers: { cookie } })).json())
    .areas.map((a) => a.postal_code);
  // First requests, one per area, one at a time: these run the queries (cold); later ones are served
  // from the per-warehouse cache, as on a running service.
  const cold: number[] = [];
  for (const code of areas) {
    const t0 = performance.now();
    await (await fetch(`${base}/api/forecasts?postal_code=${code}`, { headers: { cookie } })).arrayBuffer();
    cold.push(performance.now() - t0);
  }
  let i = 0;
  const latencies: number[] = [];
  const result = await new Promise<{ requests: { average: number }; errors: number; non2xx: number }>(
    (resolve, reject) => {
      const instance = autocannon(
        {
          url: base,
          connections: 20,
          duration: env.BENCH_DURATION,
          requests: [
            {
              method: 'GET',
              setupRequest: (req) => ({
                ...req,
                path: `/api/forecasts?postal_code=${areas[i++ % areas.length]}`,
                headers: { cookie },
              }),
            },
          ],
        },
        (err, res) => (err ? reject(err) : resolve(res)),
      );
      instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
    },
  );
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: result.requests.average,
    errors: result.errors + result.non2xx,
    coldMedian: median(cold),
    coldMax: Math.max(...cold),
  };
}

async function main(): Promise<void> {
  const { base, cookie, server } = await startServer();
  try {
    const mapUrl = `${base}/map?lang=fi&municipality=091`;
    await fetch(mapUrl, { headers: { cookie } }); // warm the server caches once, as a running service would be
    const runs: PageNumbers[] = [];
    for (let r = 0; r < env.BENCH_RUNS; r++) {
      runs.push(await lighthouseRun(mapUrl, cookie));
      console.log(`[bench] lighthouse run ${r + 1}/${env.BENCH_RUNS} done`);
    }
    const page = {
      lcp: median(runs.map((r) => r.lcp)),
      tbt: median(runs.map((r) => r.tbt)),
      cls: median(runs.map((r) => r.cls)),
      geometryKB: median(runs.map((r) => r.geometryBytes)) / 1024,
      totalKB: median(runs.map((r) => r.totalBytes)) / 1024,
    };
    console.log(`[bench] load on /api/forecasts: 20 connections for ${env.BENCH_DURATION} s ...`);
    const api = await apiLoad(base, cookie);
    const ok = (v: number, target: number) => (v <= target ? 'ok  ' : 'MISS');
    console.log('');
    console.log('metric                                   value        target   ');
    console.log(
      `map LCP (Lighthouse desktop, median)  ${page.lcp.toFixed(0).padStart(8)} ms  <= ${TARGETS.lcpMs} ms  ${ok(page.lcp, TARGETS.lcpMs)}`,
    );
    console.log(
      `map total blocking time               ${page.tbt.toFixed(0).padStart(8)} ms  <= ${TARGETS.tbtMs} ms   ${ok(page.tbt, TARGETS.tbtMs)}`,
    );
    console.log(
      `map CLS                               ${page.cls.toFixed(3).padStart(8)}     <= ${TARGETS.cls}      ${ok(page.cls, TARGETS.cls)}`,
    );
    console.log(
      `map geometry transferred              ${page.geometryKB.toFixed(1).padStart(8)} KB  <= ${TARGETS.geometryKB} KB   ${ok(page.geometryKB, TARGETS.geometryKB)}`,
    );
    console.log(`map page, all bytes transferred       ${page.totalKB.toFixed(1).padStart(8)} KB`);
    console.log(
      `/api/forecasts p95 (20 clients)       ${api.p95.toFixed(1).padStart(8)} ms  <= ${TARGETS.apiP95Ms} ms    ${ok(api.p95, TARGETS.apiP95Ms)}`,
    );
    console.log(`/api/forecasts p50 / p99              ${api.p50.toFixed(1).padStart(8)} / ${api.p99.toFixed(1)} ms`);
    console.log(
      `/api/forecasts throughput             ${api.rps.toFixed(0).padStart(8)} req/s (errors: ${api.errors})`,
    );
    console.log(
      `/api/forecasts first (cold) request   ${api.coldMedian.toFixed(1).padStart(8)} ms median, ${api.coldMax.toFixed(1)} ms max (one client)`,
    );
    console.log(
      `machine load average (1 min)          ${loadavg()[0].toFixed(2).padStart(8)} on ${cpus().length} cores`,
    );
  } finally {
    await server?.stop();
  }
}

main().catch((err: unknown) => {
  console.error(`bench:web failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
