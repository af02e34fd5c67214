import pg from 'pg';
import { logToStderr, runCli } from '../../core/cli/run-cli';
import { openConfiguredAppStore } from '../../store/open-configured';
import { runJobs } from '../jobs/job-runner';

/**
 * `npm run jobs`: the background-job runner. `npm start` runs it beside the web server; a city that
 * runs the web server elsewhere runs this once per installation.
 */
runCli('jobs', async () => {
  const log = (line: string) => logToStderr(`[jobs] ${line}`);
  const store = await openConfiguredAppStore('tilannehuone-jobs', log);
  const session = new pg.Client({ connectionString: store.url, application_name: 'tilannehuone-jobs-session' });
  await session.connect();
  const stop = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());
  // A broken session loses the job locks: stop, and let the supervisor restart the runner.
  session.on('error', (err) => {
    log(`lost the app store connection: ${err.message}`);
    process.exit(1);
  });
  log('runner started');
  try {
    await runJobs({ pool: store.pool, session, log, signal: stop.signal });
  } finally {
    await session.end().catch(() => undefined);
    await store.close();
  }
  log('runner stopped');
});
