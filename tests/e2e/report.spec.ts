import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import { authFile } from './support/roles';

// Leadership reads and exports the capacity report.
test.use({ storageState: authFile('leadership') });

/** Leadership capacity report: districts, summary, print CSS and the three exports. */

async function download(page: Page, testId: string): Promise<Buffer> {
  const pending = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByTestId(testId).click();
  const file = await (await pending).path();
  return readFileSync(file);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/report?municipality=091&lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Capacity report');
});

test('the report lists Helsinki districts by year with a written summary and prints without the navigation', async ({
  page,
}) => {
  const table = page.getByTestId('report-table');
  await expect(table.getByRole('row', { name: /Eteläinen suurpiiri/ }).first()).toBeVisible();
  await expect(page.getByTestId('report-summary-text').first()).toContainText(/In \d{4}/);
  await expect(page.locator('footer')).toContainText('CC BY 4.0');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.site')).toBeHidden();
  await expect(page.getByTestId('export-csv')).toBeHidden();
  await expect(table).toBeVisible();
});

test('CSV export downloads the table with attributions', async ({ page }) => {
  const csv = (await download(page, 'export-csv')).toString('utf8');
  expect(csv.split('\n')[0]).toMatch(/^district_code,district,year,is_forecast/);
  expect(csv).toMatch(/Eteläinen suurpiiri/);
  expect(csv).toMatch(/# .*\(CC BY 4\.0\)/);
});

test('XLSX export opens with the report, summary and sources sheets', async ({ page }) => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await download(page, 'export-xlsx')) as unknown as ExcelJS.Buffer);
  const sheet = book.getWorksheet('Report')!;
  expect(sheet.getRow(1).getCell(1).value).toBe('district_code');
  expect(sheet.rowCount).toBeGreaterThan(8);
  const sources = book.getWorksheet('Sources')!;
  const texts: string[] = [];
  sources.eachRow((row) => texts.push(String(row.getCell(1).value)));
  expect(texts.join('\n')).toMatch(/Statistics Finland/);
});

test('PDF export is a PDF with pages', async ({ page }) => {
  test.setTimeout(180_000);
  const pdf = await download(page, 'export-pdf');
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(1);
});

test('a Swedish report has its summary in Swedish and names the model its plan comes from', async ({ page }) => {
  await page.goto('/report?municipality=091&lang=sv');
  await expect(page.getByTestId('report-summary-text').first()).toContainText(/År \d{4}/);
  await expect(page.getByTestId('report-summary-text').first()).not.toContainText(/In \d{4}/);
  await expect(page.getByTestId('plan-basis')).toHaveAttribute('data-model-version', /\S/);
});
