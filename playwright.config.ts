import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

const PORT = 3123;
// A Playwright-managed browser is used when installed; otherwise Debian's chromium (no download needed).
const systemChromium = '/usr/bin/chromium';
function hasManagedBrowser(): boolean {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}
const managedBrowser = hasManagedBrowser();

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'on',
    ...devices['Desktop Chrome'],
    launchOptions: managedBrowser
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
  webServer: {
    // The same entry point as `npm start`: builds the warehouse if needed, then serves the production build.
    command: `PORT=${PORT} npx tsx workflows/start.ts`,
    url: `http://127.0.0.1:${PORT}/data`,
    reuseExistingServer: !process.env.CI,
    // A fresh machine ingests, trains (a few minutes) and plans before the first page is served.
    timeout: 900_000,
    env: { NEXT_TELEMETRY_DISABLED: '1' },
  },
});
