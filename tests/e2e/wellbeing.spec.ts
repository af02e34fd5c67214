import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { authFile, userOf } from './support/roles';

/**
 * The wellbeing situation room in the real product (npm start computes its tables on first start):
 * the overview's tiles and postal-area map, an area page with trends, drivers, what-if and workload,
 * the comparison, Helsinki's districts, the method page, three languages, who may see it, the audited
 * export and accessibility. Specs act as a service manager unless they say otherwise.
 */
async function noSeriousViolations(page: Page) {
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

test.describe('wellbeing overview', () => {
  test('shows every municipality as a tile by region and the capital region on the map', async ({ page }) => {
    await page.goto('/wellbeing?lang=fi');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hyvinvoinnin tilannehuone');
    await expect(page.getByTestId('areas-only')).toContainText('Vain alueita, ei koskaan ihmisiä');
    const tiles = page.getByTestId('municipality-grid').locator('a.wellbeing-tile');
    expect(await tiles.count()).toBeGreaterThan(250);
    await expect(page.getByTestId('municipality-grid')).toHaveAttribute('data-layer', 'index');
    await expect(tiles.and(page.locator('[data-code="091"]'))).toContainText('Helsinki');
    // The postal areas of Helsinki are drawn as polygons on the tile-less map.
    await expect(
      page.locator('[data-testid="postal-index-map"] .leaflet-overlay-pane path.leaflet-interactive').first(),
    ).toBeVisible();
    expect(
      await page.locator('[data-testid="postal-index-map"] .leaflet-overlay-pane path.leaflet-interactive').count(),
    ).toBeGreaterThan(70);
    await expect(page.getByTestId('municipality-table').locator('tbody tr')).toHaveCount(await tiles.count());
    await noSeriousViolations(page);
  });

  test('switches to expected demand of a corrective service, kept in the URL', async ({ page }) => {
    await page.goto('/wellbeing?lang=en');
    const controls = page.getByTestId('wellbeing-controls');
    await controls.getByLabel('Show').selectOption('demand');
    await controls.getByLabel('Years ahead').selectOption('2');
    await controls.getByRole('button', { name: 'Update' }).click();
    await expect(page).toHaveURL(/layer=demand/);
    await expect(page).toHaveURL(/horizon=2/);
    await expect(page.getByTestId('municipality-grid')).toHaveAttribute('data-layer', 'demand');
    await expect(page.getByRole('heading', { level: 2 }).first()).toContainText('forecast for 2019');
    await expect(page.getByTestId('municipality-table').locator('tr[data-code="091"]')).toContainText(
      /ridge|last value|neural network/,
    );
  });
});

test.describe('wellbeing area page', () => {
  test('shows the index trend and its parts, forecasts and the drivers of a municipality', async ({ page }) => {
    await page.goto('/wellbeing/area/091?lang=en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Municipality: Helsinki');
    await expect(
      page.getByTestId('index-trend-chart').locator('.recharts-line path.recharts-curve').first(),
    ).toBeVisible();
    expect(await page.getByTestId('contribution-table').locator('tbody tr').count()).toBeGreaterThanOrEqual(10);
    const notifications = page.getByTestId('outcome-chart-diak_child_welfare_notifications_0_17_index');
    await expect(notifications).toHaveAttribute('data-forecasts', '5');
    await expect(notifications.locator('.recharts-line path.recharts-curve').first()).toBeVisible();
    await expect(notifications.locator('.recharts-area path.recharts-area-area')).toHaveCount(1);
    await expect(page.getByTestId('methods-diak_child_welfare_notifications_0_17_index')).toContainText('2022:');
    const drivers = page.getByTestId('drivers').locator('li.driver');
    expect(await drivers.count()).toBeGreaterThan(0);
    await expect(drivers.first()).toContainText(/than in the average municipality/);
    await noSeriousViolations(page);
  });

  test('moves the expected value with a factor in the what-if, marked as association, not cause', async ({ page }) => {
    await page.goto('/wellbeing/area/091?lang=en');
    const whatIf = page.getByTestId('what-if');
    await expect(page.getByRole('heading', { name: 'What if? (association, not cause)' })).toBeVisible();
    await expect(whatIf.getByRole('note')).toContainText('Association, not cause');
    const result = page.getByTestId('what-if-result').locator('li').first();
    const before = await result.textContent();
    await expect(result).toHaveAttribute('data-changed', 'false');
    // Every factor to the top of its range (End on each slider): the expected value moves along the slopes.
    const sliders = whatIf.locator('input[type="range"]');
    expect(await sliders.count()).toBeGreaterThan(5);
    for (const slider of await sliders.all()) {
      await slider.focus();
      await page.keyboard.press('End');
    }
    await expect(result).toHaveAttribute('data-changed', 'true');
    await expect(result).not.toHaveText(before!);
    await whatIf.getByRole('button', { name: 'Reset' }).click();
    await expect(result).toHaveText(before!);
  });

  test('turns the forecast into social workers needed at the statutory caseload (lastensuojelulaki 13 b §)', async ({
    page,
  }) => {
    await page.goto('/wellbeing/area/091?lang=fi');
    const workload = page.getByTestId('workload');
    await expect(workload).toContainText('Lastensuojelulaki 13 b §');
    await workload.getByLabel(/Asiakaslapsia vuonna 2017/).fill('3000');
    const rows = page.getByTestId('workload-table').locator('tbody tr');
    await expect(rows).toHaveCount(5);
    // The forecasts reach 2022 (data end 2017): 35 children per worker then (2022-2023), today's 30 before the act.
    await expect(rows.first()).toContainText('30 lasta / työntekijä (nykyinen raja)');
    await expect(rows.last()).toHaveAttribute('data-year', '2022');
    await expect(rows.last()).toContainText('enintään 35 lasta');
    const clients = Number(await rows.last().locator('[data-clients]').getAttribute('data-clients'));
    const workers = Number(await rows.last().locator('[data-workers]').getAttribute('data-workers'));
    expect(workers).toBe(Math.ceil(clients / 35));
  });

  test('a postal area shows its index beside its municipality, and a tiny one shows nothing but why', async ({
    page,
  }) => {
    await page.goto('/wellbeing/area/00100?lang=sv');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Postnummerområde');
    await expect(page.getByTestId('index-trend-chart')).toBeVisible();
    await page.goto('/wellbeing/area/00230?lang=en');
    await expect(page.getByText('population under 100').first()).toBeVisible();
  });
});

test.describe('wellbeing comparison, districts and method', () => {
  test('compares municipalities side by side', async ({ page }) => {
    await page.goto('/wellbeing/compare?lang=en&m=091&m=049&m=853');
    const table = page.getByTestId('compare-table');
    await expect(table.locator('thead a')).toHaveText(['Helsinki', 'Espoo', 'Turku']);
    await expect(page.getByTestId('compare-chart').locator('.recharts-line path.recharts-curve')).toHaveCount(3);
    await noSeriousViolations(page);
  });

  test("lists Helsinki's 34 districts with the workload their clients imply", async ({ page }) => {
    await page.goto('/wellbeing/districts?lang=en');
    await expect(page.getByTestId('districts-table').locator('tbody tr')).toHaveCount(34);
    await expect(page.getByTestId('district-skill')).toContainText('Predicting each district from the other 33');
    await noSeriousViolations(page);
  });

  test('explains the method and its limits, names the counter-examples, and shows the backtest', async ({ page }) => {
    await page.goto('/wellbeing/method?lang=sv');
    await expect(page.getByTestId('not-people')).toContainText('Allegheny Family Screening Tool');
    await expect(page.getByTestId('not-people')).toContainText('finländska försök');
    await expect(page.getByTestId('limits')).toContainText('Ekologisk slutledning');
    await expect(page.getByTestId('catalogue-table').locator('tbody tr[data-role="outcome"]')).toHaveCount(6);
    expect(await page.getByTestId('backtest-table').locator('tr.selected-row').count()).toBeGreaterThanOrEqual(15);
    await noSeriousViolations(page);
  });

  test('reads in Finnish, Swedish and English', async ({ page }) => {
    for (const [lang, title, nav] of [
      ['fi', 'Hyvinvoinnin tilannehuone', 'Kuntavertailu'],
      ['sv', 'Välfärdens lägesrum', 'Jämför kommuner'],
      ['en', 'Wellbeing situation room', 'Compare municipalities'],
    ]) {
      await page.goto(`/wellbeing?lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page.locator('.wellbeing-subnav')).toContainText(nav);
    }
  });
});

test.describe('who sees the wellbeing room', () => {
  for (const role of ['placement', 'admin'] as const) {
    test.describe(`as ${role}`, () => {
      test.use({ storageState: authFile(role) });
      test(`a ${role} gets the 403 page and the API refuses`, async ({ page, request }) => {
        const response = await page.goto('/wellbeing?lang=en');
        expect(response?.status()).toBe(403);
        await expect(page.getByTestId('forbidden')).toBeVisible();
        expect((await request.get('/api/wellbeing/overview')).status()).toBe(403);
      });
    });
  }

  test.describe('as planner', () => {
    test.use({ storageState: authFile('planner') });
    test('a planner opens it from the navigation', async ({ page }) => {
      await page.goto('/map?lang=en');
      await page
        .getByRole('navigation', { name: 'Main', exact: true })
        .getByRole('link', { name: 'Wellbeing' })
        .click();
      await expect(page).toHaveURL(/\/wellbeing\?lang=en/);
    });
  });

  test('an export is municipal, disclosure-controlled and in the audit trail', async ({
    page,
    playwright,
    baseURL,
  }) => {
    await page.goto('/wellbeing?lang=en');
    const pending = page.waitForEvent('download');
    await page.getByTestId('export-forecasts').click();
    const text = readFileSync(await (await pending).path(), 'utf8');
    expect(text.split('\n')[0]).toBe(
      'municipality_code,municipality,indicator,year,horizon,mean,lo80,hi80,model,status',
    );
    expect(text).toContain('# Areas only: municipal statistics, never individuals.');
    const admin = await playwright.request.newContext({ baseURL, storageState: authFile('admin') });
    const entries = (
      (await (await admin.get('/api/audit?action=wellbeing.read')).json()) as { entries: { actor: string }[] }
    ).entries;
    expect(entries.some((e) => e.actor === userOf('manager'))).toBe(true);
    await admin.dispose();
  });
});
