import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { authFile } from './support/roles';

// Analysts read the scorecard, retrain and activate models.
test.use({ storageState: authFile('analyst') });

/**
 * The analysts' models page: backtest scorecard and coverage, model versions with their data, a real
 * retraining run as a background job (a few minutes on the full data) that shows progress and ends
 * with a new version, and activating / rolling back a version.
 */
test.describe.configure({ mode: 'serial' });

test('the scorecard compares the active model with the baselines by horizon, age group and scope', async ({ page }) => {
  await page.goto('/models?lang=en');
  await expect(page.getByRole('heading', { level: 1, name: 'Forecast models' })).toBeVisible();
  const table = page.getByTestId('scorecard-table');
  await expect(table.getByRole('row', { name: /^combined \(production model\)/ })).toBeVisible();
  for (const baseline of ['naive', 'drift', 'damped-trend', 'cohort-change', 'cohort-component', 'network'])
    await expect(table.getByRole('row', { name: new RegExp(`^${baseline} `) })).toBeVisible();
  // The ceilings sit beside the methods, each saying it is not a forecast.
  await expect(table.getByRole('row', { name: /^ceiling-totals \(not a forecast/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /^ceiling-totals-dwellings \(not a forecast/ })).toBeVisible();
  await expect(table.locator('caption')).toContainText('Helsinki');
  await expect(page.getByTestId('scorecard').locator('svg.recharts-surface').first()).toBeVisible();
  await page.getByRole('radio', { name: 'All of Finland' }).check();
  await expect(table.locator('caption')).toContainText('All of Finland');
  await page.getByRole('radio', { name: "Helsinki's sub-districts 1991-2009 (the long series)" }).check();
  await expect(table.locator('caption')).toContainText('sub-districts');
  await page.getByRole('radio', { name: '3-6' }).check();
  await expect(table.locator('caption')).toContainText('3-6');
  await expect(page.getByTestId('coverage-intervals').getByRole('row')).not.toHaveCount(1);
  await expect(page.getByTestId('coverage-intervals')).toContainText('%');
  const versions = page.getByTestId('model-version');
  await expect(versions.first()).toBeVisible();
  const active = page.locator('[data-testid="model-version"][data-status="active"]');
  await expect(active).toHaveCount(1);
  await active.getByText(/Trained on \d+ data files/).click();
  await expect(active.getByTestId('version-files')).toContainText('paavo/');
  await expect(active.getByTestId('version-files')).toContainText('units/');
});

test('the models page has no serious or critical accessibility violations', async ({ page }) => {
  await page.goto('/models?lang=fi');
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});

test('a retraining runs in the background, shows progress, ends with a new version and is audited', async ({
  page,
  request,
  playwright,
  baseURL,
}) => {
  test.setTimeout(10 * 60_000);
  await page.goto('/models?lang=en');
  const versions = page.getByTestId('model-version');
  await expect(versions.first()).toBeVisible();
  const before = await versions.count();
  await page.getByTestId('retrain').click();
  const job = page.getByTestId('job-train');
  await expect(job).toHaveAttribute('data-status', /queued|running/);
  await expect(page.getByTestId('retrain')).toBeDisabled();
  // Progress lines of the training CLI appear while it runs.
  await expect(page.getByTestId('job-phase')).toContainText(/\w/, { timeout: 60_000 });
  await expect(page.getByTestId('job-log')).toContainText(/panel|origin|backtest/, { timeout: 120_000 });
  // One writer at a time: a second job is refused with a clear message.
  const second = await request.post('/api/models/retrain');
  expect(second.status()).toBe(409);
  expect(((await second.json()) as { error: { message: string } }).error.message).toMatch(/another job \(train/);
  await expect(job).toHaveAttribute('data-status', 'succeeded', { timeout: 8 * 60_000 });
  await expect(versions).toHaveCount(before + 1, { timeout: 30_000 });
  const admin = await playwright.request.newContext({ baseURL, storageState: authFile('admin') });
  const trail = (await (await admin.get('/api/audit?action=models.train')).json()) as { entries: { actor: string }[] };
  expect(trail.entries.map((e) => e.actor)).toContain('e2e-analyst');
  await admin.dispose();
});

/** The model version the map's plan figures were computed from, once the plan has caught up. */
async function expectMapPlanFrom(page: Page, version: string) {
  await expect(async () => {
    await page.goto('/map?lang=en&municipality=091&layer=demand_total');
    await expect(page.getByTestId('plan-basis')).toHaveAttribute('data-model-version', version, { timeout: 1000 });
    await expect(page.getByTestId('plan-basis')).toHaveAttribute('data-stale', 'false', { timeout: 1000 });
  }).toPass({ timeout: 120_000 });
}

test('the plan follows a newly trained model that became active, without any command', async ({ page, request }) => {
  const versions = (await (await request.get('/api/jobs?kind=train')).json()) as { jobs: { status: string }[] };
  expect(versions.jobs[0]?.status).toBe('succeeded');
  await page.goto('/models?lang=en');
  const active = (await page
    .locator('[data-testid="model-version"][data-status="active"] code')
    .first()
    .textContent())!;
  await expectMapPlanFrom(page, active.trim());
});

test('a version can be activated and the previous one restored (roll back), and the plan follows each', async ({
  page,
}) => {
  test.setTimeout(6 * 60_000);
  await page.goto('/models?lang=en');
  const active = page.locator('[data-testid="model-version"][data-status="active"]');
  const original = (await active.locator('code').first().textContent())!.trim();
  const button = /^(Activate|Roll back to this version)/;
  const other = page
    .locator('[data-testid="model-version"][data-status="inactive"]')
    .filter({ has: page.getByRole('button', { name: button }) })
    .first();
  // The retraining above registered a second version with forecasts: there is one to switch to.
  await expect(other).toHaveCount(1);
  const target = (await other.locator('code').first().textContent())!.trim();
  await other.getByRole('button', { name: button }).click();
  await expect(page.locator('[data-testid="model-version"][data-status="active"] code').first()).toHaveText(target, {
    timeout: 90_000,
  });
  await expectMapPlanFrom(page, target);
  await page.goto('/models?lang=en');
  const back = page.getByTestId('model-version').filter({ hasText: original });
  await back.getByRole('button', { name: button }).click();
  await expect(page.locator('[data-testid="model-version"][data-status="active"] code').first()).toHaveText(original, {
    timeout: 90_000,
  });
  await expectMapPlanFrom(page, original);
});
