import { randomBytes } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, defineConfig, devices } from '@playwright/test';

const PORT = 3123;
const OIDC_PORT = 3125;

/**
 * The browser tests drive the real product (`npm start`'s entry point: ingest, first training, plan,
 * web server, job runner, embedded PostgreSQL) on data of their own: a temporary folder with a copy of
 * the shipped raw files, where the warehouse, derived store, models and app database are built. `npm
 * test` passes that folder in TILANNEHUONE_TEST_DIR; a bare `npx playwright test` makes one. The folder
 * is set in the environment before the workers start, so every worker and spec sees the same one.
 */
function testDir(): string {
  if (process.env.TILANNEHUONE_TEST_DIR) return process.env.TILANNEHUONE_TEST_DIR;
  const dir = mkdtempSync(path.join(tmpdir(), 'tilannehuone-e2e-'));
  // PostgreSQL runs as the `postgres` OS user when we are root: it must be able to enter the folder.
  chmodSync(dir, 0o755);
  cpSync('data/raw', path.join(dir, 'raw'), { recursive: true });
  process.env.TILANNEHUONE_TEST_DIR = dir;
  return dir;
}
const dir = testDir();
const env = {
  TILANNEHUONE_DB: path.join(dir, 'warehouse.duckdb'),
  TILANNEHUONE_RAW: path.join(dir, 'raw'),
  // "Today" is fixed, so dates the product derives from it do not depend on the calendar.
  TILANNEHUONE_TODAY: '2026-12-01',
};
Object.assign(process.env, env);
// The test users' password, made for this run (tests/e2e/auth.setup.ts creates the users).
process.env.E2E_PASSWORD ??= randomBytes(18).toString('base64url');
process.env.E2E_OIDC_SECRET ??= randomBytes(18).toString('base64url');
// The product signs in through a local stand-in for the city's identity provider (no internet).
const oidc = {
  TILANNEHUONE_OIDC_ISSUER: `http://127.0.0.1:${OIDC_PORT}`,
  TILANNEHUONE_OIDC_CLIENT_ID: 'tilannehuone-test',
  TILANNEHUONE_OIDC_CLIENT_SECRET: process.env.E2E_OIDC_SECRET,
  TILANNEHUONE_OIDC_ALLOW_HTTP: '1',
  TILANNEHUONE_OIDC_ROLE_GROUPS: 'planner=TH-Planners',
};

// A Playwright-managed browser is used when installed; otherwise Debian's chromium (no download needed).
const systemChromium = '/usr/bin/chromium';
function hasManagedBrowser(): boolean {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    // Specs act as a service manager unless they say otherwise (test.use({ storageState: authFile(role) })).
    { name: 'chromium', dependencies: ['setup'], use: { storageState: path.join(dir, 'auth', 'manager.json') } },
  ],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'on',
    ...devices['Desktop Chrome'],
    launchOptions: hasManagedBrowser()
      ? {}
      : {
          executablePath: systemChromium,
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
  },
  webServer: [
    {
      command: 'node --import tsx tests/e2e/support/oidc-provider-server.ts',
      url: `http://127.0.0.1:${OIDC_PORT}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      env: { E2E_OIDC_PORT: String(OIDC_PORT), E2E_OIDC_SECRET: process.env.E2E_OIDC_SECRET },
    },
    {
      command: 'node --import tsx workflows/start.ts',
      url: `http://127.0.0.1:${PORT}/api/health`,
      // Never a developer's running server: it would serve the developer's own data.
      reuseExistingServer: false,
      // A fresh folder ingests, trains (a few minutes) and plans before the first page is served.
      timeout: 900_000,
      env: { ...env, ...oidc, PORT: String(PORT), NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: '' },
      gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    },
  ],
});
