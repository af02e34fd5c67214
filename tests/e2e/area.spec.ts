import { expect, test } from '@playwright/test';

test.describe('area page', () => {
  test('shows the history of children and the forecast band of the active model', async ({ page, request }) => {
    await page.goto('/area/00100?lang=en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^00100 /);
    const chart = page.getByTestId('forecast-chart-0-2');
    await expect(chart.locator('.recharts-line path.recharts-curve').first()).toBeVisible();
    const forecasts = await (await request.get('/api/forecasts?postal_code=00100&age_group=0-2')).json();
    // The test server trains a model on first start: a missing forecast is a failure, not a skip.
    expect(forecasts.run).not.toBeNull();
    await expect(chart).toHaveAttribute('data-has-forecast', 'true');
    // The 80 % and 95 % bands are Recharts range areas.
    await expect(chart.locator('.recharts-area path.recharts-area-area')).toHaveCount(2);
    await expect(page.getByText(`Forecast model ${forecasts.run.model_version}`)).toBeVisible();
    // Beside the band: how often such a band held the outcome in the backtest.
    await expect(page.getByTestId('band-coverage-0-2')).toContainText(
      /In the backtest, the 80 % band held .* % of cases/,
    );
  });

  test('an area outside Helsinki is forecast from its own latest published year, and says so', async ({ page }) => {
    await page.goto('/area/02100?lang=en');
    await expect(page.getByTestId('forecast-chart-3-6')).toHaveAttribute('data-has-forecast', 'true');
    await expect(page.getByText(/Forecast model .*, origin year 2017/)).toBeVisible();
  });

  test('shows the plan of the area with the model it was computed from, and the nearby units', async ({
    page,
    request,
  }) => {
    await page.goto('/area/00100?lang=en');
    const plan = await (await request.get('/api/plan?postal_code=00100')).json();
    expect(plan.available).toBe(true);
    await expect(page.getByTestId('plan-table')).toBeVisible();
    await expect(page.getByTestId('plan-basis')).toHaveAttribute('data-model-version', plan.basis.modelVersion);
    await expect(page.getByTestId('units-table')).toBeVisible();
  });

  test('explains the forecast in Swedish on a Swedish page', async ({ page }) => {
    await page.goto('/area/00100?lang=sv');
    const drivers = page.getByTestId('drivers');
    await expect(drivers).toBeVisible();
    // Swedish sentences ("höjde/sänkte prognosen"), never the English ones.
    await expect(drivers).toContainText(/prognosen/);
    await expect(drivers).not.toContainText(/the forecast/);
  });

  test('an unknown area is a 404 page', async ({ page }) => {
    const response = await page.goto('/area/99999?lang=en');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Area not found' })).toBeVisible();
  });
});
