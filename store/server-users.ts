import pg from 'pg';

/**
 * Who else uses an embedded server. Its owner - whichever process happened to start it - may finish
 * while others still use it (a CLI started it, then `next start` attached), so the owner stops it
 * only when nobody else is connected; otherwise the server keeps running, as an owner-less server
 * that the next process attaches to. Pools drop idle connections, so an attached process holds one
 * connection open for as long as it uses the server: its lease.
 */
export interface Lease {
  release(): Promise<void>;
}

export async function holdLease(url: string, log: (line: string) => void): Promise<Lease> {
  const client = new pg.Client({ connectionString: url, application_name: 'tilannehuone-lease' });
  // Without a listener a dropped connection (the server was stopped) would crash the process.
  client.on('error', (err) => log(`app store: lost the connection to the embedded PostgreSQL: ${err.message}`));
  await client.connect();
  let released: Promise<void> | undefined;
  return { release: () => (released ??= client.end().catch(() => undefined)) };
}

/**
 * Client connections other than this query's. A process that has just exited can still show for a
 * moment (its server process notices the closed socket and ends), so this waits up to `graceMs` for
 * the count to reach zero.
 */
export async function countOtherClients(url: string, graceMs = 500): Promise<number> {
  const client = new pg.Client({ connectionString: url, application_name: 'tilannehuone-stop' });
  client.on('error', () => {});
  await client.connect();
  try {
    const deadline = Date.now() + graceMs;
    for (;;) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
         WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()`,
      );
      const others = rows[0].n as number;
      if (others === 0 || Date.now() >= deadline) return others;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}
