import autocannon from 'autocannon';

/**
 * Load on the signed-in product with autocannon. Each group of requests (API, pages, scenario runs)
 * runs as its own set of clients, all at the same time, so a group's latencies are its own.
 */
export interface LoadNumbers {
  requests: number;
  errors: number;
  /** Error answers by HTTP status. */
  statuses: Record<number, number>;
  p50: number;
  p95: number;
  p99: number;
}

export interface Target {
  method?: 'GET' | 'POST';
  path: string;
  body?: string;
}

export interface Group {
  name: string;
  connections: number;
  targets: Target[];
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
};

function runGroup(base: string, cookie: string, group: Group, seconds: number): Promise<LoadNumbers> {
  let next = 0;
  const latencies: number[] = [];
  let errors = 0;
  const statuses: Record<number, number> = {};
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: group.connections,
        duration: seconds,
        requests: [
          {
            setupRequest: (req) => {
              const t = group.targets[next++ % group.targets.length];
              return {
                ...req,
                method: t.method ?? 'GET',
                path: t.path,
                headers: { cookie, 'content-type': 'application/json' },
                ...(t.body ? { body: t.body } : {}),
              };
            },
          },
        ],
      },
      (err, result) => {
        if (err) return reject(err);
        resolve({
          requests: latencies.length,
          errors: errors + result.errors,
          statuses,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
        });
      },
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (status >= 400) {
        errors += 1;
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    });
  });
}

/** Runs every group at once for `seconds`. */
export async function runLoad(base: string, cookie: string, groups: Group[], seconds: number) {
  const numbers = await Promise.all(groups.map((g) => runGroup(base, cookie, g, seconds)));
  return Object.fromEntries(groups.map((g, i) => [g.name, numbers[i]]));
}

const formatStatuses = (statuses: Record<number, number>) => {
  const parts = Object.entries(statuses).map(([status, n]) => `${status} x ${n}`);
  return parts.length ? `  (${parts.join(', ')})` : '';
};

export const formatLoad = (name: string, n: LoadNumbers) =>
  `${name.padEnd(28)} ${String(n.requests).padStart(7)} requests  ${String(n.errors).padStart(4)} errors  p50 ${n.p50.toFixed(0).padStart(5)} ms  p95 ${n.p95.toFixed(0).padStart(5)} ms  p99 ${n.p99.toFixed(0).padStart(5)} ms${formatStatuses(n.statuses)}`;
