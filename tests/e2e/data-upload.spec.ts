import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { authFile } from './support/roles';

// Analysts upload data.
test.use({ storageState: authFile('analyst') });

/**
 * Uploads on the data page: an invalid file lists its rejected lines and changes nothing (raw folder and
 * loaded lineage digests are identical before and after); a valid units CSV is ingested by the
 * background job and appears in the lineage table. It all happens in the test server's temporary data.
 */
test.describe.configure({ mode: 'serial' });

const HEADER =
  'unit_id,name_fi,name_sv,language,provider,lon,lat,postal_code,municipality_code,capacity_under3,capacity_3plus,floor_area_m2,opening_year,closing_year,preschool,synthetic';
const stamp = Date.now();
const validName = `e2e-units-${stamp}.csv`;
// The test server's own raw folder (a temporary copy: see playwright.config.ts), never the shipped data/raw.
const unitsDir = path.resolve(process.env.TILANNEHUONE_RAW!, 'units');

async function state(request: APIRequestContext) {
  const res = await request.get('/api/uploads/state');
  expect(res.ok()).toBe(true);
  return (await res.json()) as { raw: { files: number; digest: string }; lineage: { files: number; digest: string } };
}

async function upload(page: Page, name: string, body: string) {
  await page.goto('/data?lang=en');
  await expect(page.getByRole('heading', { name: 'Upload a new file' })).toBeVisible();
  await page.getByTestId('upload-folder').selectOption('units');
  await page.getByTestId('upload-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(body) });
  await page.getByTestId('upload-submit').click();
}

test('the page explains the accepted files', async ({ page }) => {
  await page.goto('/data?lang=en');
  const accepted = page.getByTestId('accepted-files');
  await expect(accepted).toContainText('units/<name>.csv[.gz]');
  await expect(accepted).toContainText('12f7');
  await expect(page.getByText('unit_id, name_fi, name_sv')).toBeVisible();
});

test('an invalid units CSV shows its errors by line and field and changes nothing', async ({ page, request }) => {
  test.setTimeout(120_000);
  const before = await state(request);
  const name = `e2e-invalid-${stamp}.csv`;
  await upload(
    page,
    name,
    [
      HEADER,
      'E2E-BAD-1,Testipäiväkoti,,fi,municipal,24.94,60.17,00100,091,12,40,600,2010,,true,false',
      'E2E-BAD-2,Testipäiväkoti 2,,fi,municipal,24.94,90.5,00100,091,12,40,600,2010,,true,false',
      'E2E-BAD-3,Testipäiväkoti 3,,fi,municipal,24.94,60.17,00100,091,-4,40,600,2010,,true,false',
    ].join('\n'),
  );
  await expect(page.getByTestId('job-upload')).toHaveAttribute('data-status', 'failed', { timeout: 90_000 });
  await expect(page.getByTestId('upload-failed')).toBeVisible();
  const issues = page.getByTestId('upload-issues');
  await expect(issues.getByRole('row', { name: /lat/ })).toContainText(`units/${name}`);
  await expect(issues.getByRole('row', { name: /lat/ }).getByRole('cell').nth(1)).toHaveText('3');
  await expect(
    issues
      .getByRole('row', { name: /capacity_under3/ })
      .getByRole('cell')
      .nth(1),
  ).toHaveText('4');
  await expect(issues).toContainText('capacity cannot be negative');
  expect(await state(request)).toEqual(before);
  expect(existsSync(path.join(unitsDir, name))).toBe(false);
  await page.reload();
  await expect(page.getByTestId('lineage-table')).not.toContainText(name);
});

test('a file no source recognises is refused without a change', async ({ page, request }) => {
  test.setTimeout(60_000);
  const before = await state(request);
  await page.goto('/data?lang=en');
  await page.getByTestId('upload-folder').selectOption('municipal');
  await page
    .getByTestId('upload-file')
    .setInputFiles({ name: `e2e-unknown-${stamp}.csv`, mimeType: 'text/csv', buffer: Buffer.from('a,b\n1,2\n') });
  await page.getByTestId('upload-submit').click();
  await expect(page.getByTestId('job-upload')).toHaveAttribute('data-status', 'failed', { timeout: 45_000 });
  await expect(page.getByTestId('upload-issues')).toContainText('no pipeline recognises this file name');
  expect(await state(request)).toEqual(before);
});

test('a valid units CSV is loaded and appears in the lineage', async ({ page, request }) => {
  test.setTimeout(240_000);
  const before = await state(request);
  await upload(
    page,
    validName,
    [
      HEADER,
      'E2E-UPLOAD-1,Testipäiväkoti,Testdaghem,fi,municipal,24.94,60.17,00100,091,12,40,600,2010,,true,false',
    ].join('\n'),
  );
  // Progress of the background job is shown while it runs; it ends loaded.
  await expect(page.getByTestId('job-upload')).toBeVisible();
  await expect(page.getByTestId('job-upload')).toHaveAttribute('data-status', 'succeeded', { timeout: 200_000 });
  await expect(page.getByTestId('upload-ok')).toBeVisible();
  const row = page
    .getByTestId('lineage-table')
    .getByRole('row', { name: new RegExp(`units/${validName.replace(/\./g, '\\.')}`) });
  await expect(row).toContainText('ece-units');
  await expect(row.getByRole('cell').nth(2)).toHaveText('1');
  const after = await state(request);
  expect(after.lineage.files).toBe(before.lineage.files + 1);
  expect(after.raw.files).toBe(before.raw.files + 1);
  expect(existsSync(path.join(unitsDir, validName))).toBe(true);
  // The same name again is refused: a loaded file is never replaced silently.
  await upload(page, validName, HEADER);
  await expect(page.getByTestId('upload-error')).toContainText('already loaded');
});

test('a file over 10 MB arrives whole: the error names its last line', async ({ page, request }) => {
  test.setTimeout(180_000);
  const before = await state(request);
  const rows = Array.from(
    { length: 130_000 },
    (_, i) => `E2E-BIG-${i},Iso päiväkoti ${i},,fi,municipal,24.94,60.17,00100,091,12,40,600,2010,,true,false`,
  );
  rows.push('E2E-BIG-LAST,Viimeinen,,fi,municipal,24.94,95.1,00100,091,12,40,600,2010,,true,false');
  const body = [HEADER, ...rows].join('\n');
  expect(Buffer.byteLength(body)).toBeGreaterThan(11 * 1024 * 1024);
  await upload(page, `e2e-big-${stamp}.csv`, body);
  await expect(page.getByTestId('job-upload')).toHaveAttribute('data-status', 'failed', { timeout: 150_000 });
  const latRow = page.getByTestId('upload-issues').getByRole('row', { name: /lat/ });
  await expect(latRow.getByRole('cell').nth(1)).toHaveText(String(rows.length + 1));
  expect(await state(request)).toEqual(before);
});

test('the upload route makes the same checks as every other write', async ({ request }) => {
  const crossSite = await request.post('/api/uploads', {
    headers: { 'Sec-Fetch-Site': 'cross-site' },
    multipart: { folder: 'units', file: { name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from(HEADER) } },
  });
  expect(crossSite.status()).toBe(403);
  expect(crossSite.headers()['content-security-policy']).toContain("default-src 'none'");
  expect(crossSite.headers()['x-frame-options']).toBe('DENY');
  const foreignHost = await request.post('/api/uploads', {
    headers: { Host: 'evil.example' },
    multipart: { folder: 'units', file: { name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from(HEADER) } },
  });
  expect(foreignHost.status()).toBe(421);
  const withPath = await request.post('/api/uploads', {
    multipart: {
      folder: 'units',
      file: { name: '../../etc/e2e-path.csv', mimeType: 'text/csv', buffer: Buffer.from(HEADER) },
    },
  });
  expect(withPath.status()).toBe(400);
  expect(existsSync(path.join(unitsDir, 'e2e-path.csv'))).toBe(false);
});
