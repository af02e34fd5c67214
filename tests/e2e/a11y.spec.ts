import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { authFile } from './support/roles';

// An administrator may open every page checked here.
test.use({ storageState: authFile('admin') });

const pages = [
  ['map', '/map?lang=fi'],
  ['map (en, plan layer)', '/map?lang=en&layer=gap_places'],
  ['area', '/area/00100?lang=sv'],
  ['data', '/data?lang=en'],
];

for (const [name, url] of pages) {
  test(`no serious or critical accessibility violations: ${name}`, async ({ page }) => {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });
}

test('the map page can be used with the keyboard', async ({ page }) => {
  await page.goto('/map?lang=en&municipality=091&layer=children_0_2&year=2018');
  const year2018 = page.locator('fieldset.year-picker').getByRole('radio', { name: /^2018/ });
  await year2018.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('fieldset.year-picker').getByRole('radio', { name: /^2020/ })).toBeChecked();
  await expect(page).toHaveURL(/year=2020/);
  // Every area is reachable as a link from the table.
  await expect(page.locator('.area-table tbody a')).toHaveCount(84);
});
