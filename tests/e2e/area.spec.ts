import { expect, test } from '@playwright/test';

test.describe('area page', () => {
  test('shows the history of children and, when forecasts exist, the forecast band', async ({ page, request }) => {
    await page.goto('/area/00100?lang=en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^00100 /);
    const chart = page.getByTestId('forecast-chart-0-2');
    await expect(chart.locator('.recharts-line path.recharts-curve').first()).toBeVisible();
    const forecasts = await (await request.get('/api/forecasts?postal_code=00100&age_group=0-2')).json();
    test.skip(!forecasts.run, 'no forecast rows in the warehouse yet (run npm run train): the band cannot be drawn');
    await expect(chart).toHaveAttribute('data-has-forecast', 'true');
    // The 80 % and 95 % bands are Recharts range areas.
    await expect(chart.locator('.recharts-area path.recharts-area-area')).toHaveCount(2);
    await expect(page.getByText(`Forecast model ${forecasts.run.model_version}`)).toBeVisible();
  });

  test('explains what is missing instead of failing when the plan or units are not computed', async ({
    page,
    request,
  }) => {
    await page.goto('/area/00100?lang=en');
    const plan = await (await request.get('/api/plan?postal_code=00100')).json();
    if (plan.available) await expect(page.getByTestId('plan-table')).toBeVisible();
    else await expect(page.getByText('The plan has not been computed yet')).toBeVisible();
    const units = await (await request.get('/api/units?postal_code=00100')).json();
    if (!units.available) await expect(page.getByText('No unit data yet.')).toBeVisible();
  });

  test('an unknown area is a 404 page', async ({ page }) => {
    const response = await page.goto('/area/99999?lang=en');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Area not found' })).toBeVisible();
  });
});
