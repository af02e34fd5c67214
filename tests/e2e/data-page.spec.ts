import { expect, test } from '@playwright/test';
import { authFile } from './support/roles';

// Analysts read the coverage and lineage.
test.use({ storageState: authFile('analyst') });

test('the data page lists coverage and lineage of the real shipped files', async ({ page }) => {
  await page.goto('/data?lang=en');
  await expect(page.getByRole('heading', { name: 'Data in the warehouse' })).toBeVisible();
  const coverage = page.getByTestId('coverage-table');
  await expect(coverage.getByRole('row', { name: /paavo-topic-tables/ })).toContainText('2012-2017');
  const lineage = page.getByTestId('lineage-table');
  await expect(lineage.getByRole('row', { name: /Population_structure_2017\.csv\.gz/ })).toContainText('CC BY 4.0');
  await expect(page.locator('footer')).toContainText(
    'Source: Statistics Finland, Paavo - Open data by postal code area',
  );
});

test('the data page is in Finnish by default and in Swedish when asked', async ({ page }) => {
  await page.goto('/data');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aineistot tietovarastossa');
  await page.goto('/data?lang=sv');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data i datalagret');
  await expect(page.getByRole('heading', { name: 'Datakällor' })).toBeVisible();
});
