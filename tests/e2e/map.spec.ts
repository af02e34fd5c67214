import { expect, test } from '@playwright/test';
import { MapPage } from './support/map-page';

test.describe('situation map', () => {
  test('draws the 84 postal areas of Helsinki with a legend in units', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Situation map: Helsinki');
    await expect(page.getByTestId('legend')).toContainText('(children)');
    await expect(page.getByTestId('legend')).toContainText('suppressed');
    // Units are drawn in their own pane, never among the area polygons.
    await expect(page.locator('.leaflet-overlay-pane path:not(.leaflet-interactive)')).toHaveCount(0);
  });

  test('switching the layer changes the fill colours and is kept in the URL', async ({ page }) => {
    const map = new MapPage(page);
    await map.open({ layer: 'children_0_2', year: '2018' });
    const before = await map.fills();
    await map.layer('Children 3–6').check();
    await expect(page).toHaveURL(/layer=children_3_6/);
    await expect.poll(() => map.fills()).not.toEqual(before);
    await expect(page.locator('.map-status')).toContainText('Children 3–6');
  });

  test('switching the year changes the fill colours and is kept in the URL', async ({ page }) => {
    const map = new MapPage(page);
    await map.open({ layer: 'children_0_2', year: '2013' });
    const before = await map.fills();
    await map.year(2021).check();
    await expect(page).toHaveURL(/year=2021/);
    await expect.poll(() => map.fills()).not.toEqual(before);
    // A shared link opens the same view.
    await page.reload();
    await expect(map.year(2021)).toBeChecked();
  });

  test('a figure the source suppressed reads "suppressed" and a count below 5 reads "<5"', async ({ page }) => {
    const map = new MapPage(page);
    await map.open({ layer: 'children_0_2', year: '2015' });
    await expect(map.tableRow('00230').locator('td').nth(1)).toHaveText(/^suppressed$/);
    await map.year(2020).check();
    await expect(map.tableRow('00290').locator('td').nth(1)).toHaveText(/^<5$/);
    await expect(map.tableRow('00230').locator('td').nth(1)).toHaveText(/^<5$/);
  });

  test('hovering an area shows a tooltip and clicking it opens the area page', async ({ page }) => {
    const map = new MapPage(page);
    await map.open({ layer: 'children_3_6', year: '2021' });
    const { x, y } = await map.pointInside(10);
    await page.mouse.move(x, y);
    await expect(page.locator('.area-tooltip')).toContainText('Children 3–6');
    await page.mouse.click(x, y);
    await expect(page).toHaveURL(/\/area\/\d{5}\?lang=en/);
    await expect(page.getByRole('heading', { name: 'Children in the area: actual and forecast' })).toBeVisible();
  });

  test('forecast years are marked, and plan layers are enabled only when the plan exists', async ({
    page,
    request,
  }) => {
    const map = new MapPage(page);
    await map.open();
    const forecasts = await (await request.get('/api/forecasts?municipality=091&limit=1')).json();
    if (forecasts.run) {
      await expect(page.locator('.years label.forecast').first()).toBeVisible();
      await expect(page.getByTestId('model-note')).toContainText(forecasts.run.model_version);
    } else {
      await expect(page.getByTestId('model-note')).toHaveText(/No forecasts have been computed yet/);
    }
    const plan = await (await request.get('/api/plan?municipality=091&year=2021')).json();
    const demand = map.layer('Place demand');
    if (plan.available) {
      await expect(demand).toBeEnabled();
    } else {
      await expect(demand).toBeDisabled();
      await expect(page.locator('fieldset.layer-picker')).toContainText('npm run plan');
    }
  });

  test('municipality drill-down and languages are kept in the URL', async ({ page }) => {
    await page.goto('/map?lang=en&municipality=091&layer=children_3_6&year=2017');
    await page.getByRole('link', { name: 'Svenska' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page).toHaveURL(/lang=sv/);
    await expect(page).toHaveURL(/layer=children_3_6/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lägeskarta: Helsinki');
    await page.getByLabel('Kommun').selectOption('049');
    await expect(page).toHaveURL(/municipality=049/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lägeskarta: Espoo');
    await expect(page.locator('.leaflet-overlay-pane path.leaflet-interactive')).not.toHaveCount(0);
  });
});
