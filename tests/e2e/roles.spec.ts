import { expect, test, type APIRequestContext } from '@playwright/test';
import type { Role } from '../../domain/auth/actions';
import { authFile, password, ROLES, userOf } from './support/roles';

/**
 * Who may see what, in the real app: signed out, everything but sign-in and health is refused; each role
 * opens its own pages and gets the 403 page for the others; cross-site writes, foreign hosts and framing
 * are refused; exports are audited; a locked-out account waits; the city's identity provider signs in.
 */
const PAGES: Record<string, Role[]> = {
  '/map?lang=en': ROLES.slice(),
  '/area/00100?lang=en': ROLES.slice(),
  '/scenarios?lang=en': ['planner', 'manager', 'leadership', 'analyst'],
  '/report?lang=en': ['leadership', 'manager', 'planner'],
  '/models?lang=en': ['analyst', 'admin'],
  '/data?lang=en': ['analyst', 'admin'],
  '/admin/users?lang=en': ['admin'],
  '/admin/audit?lang=en': ['admin'],
};

const API = [
  '/api/areas',
  '/api/forecasts?municipality=091',
  '/api/plan?municipality=091',
  '/api/units?municipality=091',
  '/api/geometry?municipality=091',
  '/api/scenarios',
  '/api/jobs',
  '/api/uploads/state',
  '/api/report?format=csv',
  '/api/audit',
  '/api/users',
];

test.describe('signed out', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('every page sends you to sign in, and comes back to it afterwards', async ({ page }) => {
    for (const url of Object.keys(PAGES)) {
      await page.goto(url);
      await expect(page).toHaveURL(/\/sign-in\?next=/);
    }
    await page.goto('/report?lang=en');
    await page.getByLabel('Username').fill(userOf('leadership'));
    await page.getByLabel('Password').fill(password());
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page).toHaveURL(/\/report\?lang=en/);
    await expect(page.getByTestId('user-menu')).toContainText(userOf('leadership'));
    await page.getByTestId('sign-out').click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto('/report?lang=en');
    await expect(page).toHaveURL(/\/sign-in\?next=/);
  });

  test('every API route answers 401 as JSON; health answers without a session and says nothing else', async ({
    request,
  }) => {
    for (const url of API) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(401);
      expect((await response.json()).error.code).toBe('unauthorized');
    }
    const health = await request.get('/api/health');
    expect(health.status()).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
  });

  test('an account that failed too often must wait, even with the right password', async ({ page }) => {
    await page.goto('/sign-in?lang=en');
    for (let i = 0; i < 5; i += 1) {
      await page.getByLabel('Username').fill(userOf('placement'));
      await page.getByLabel('Password').fill(`wrong ${i}`);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await expect(page.getByTestId('sign-in-error')).toContainText(/Wrong username or password/);
    }
    await page.getByLabel('Password').fill(password());
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByTestId('sign-in-error')).toContainText(/15 minutes/);
  });

  test("signing in with the city account makes a planner of a member of the planners' group", async ({ page }) => {
    await page.goto('/sign-in?lang=en&next=%2Fscenarios%3Flang%3Den');
    await page.getByTestId('sign-in-oidc').click();
    await expect(page).toHaveURL(/\/scenarios\?lang=en/);
    await expect(page.getByTestId('user-menu')).toContainText('city.planner');
  });
});

for (const role of ROLES) {
  test.describe(`as ${role}`, () => {
    test.use({ storageState: authFile(role) });

    test(`opens the pages of a ${role} and gets the 403 page for the others`, async ({ page }) => {
      for (const [url, allowed] of Object.entries(PAGES)) {
        const response = await page.goto(url);
        if (allowed.includes(role)) {
          expect(response?.status(), url).toBe(200);
          await expect(page.getByTestId('forbidden')).toHaveCount(0);
        } else {
          expect(response?.status(), url).toBe(403);
          await expect(page.getByTestId('forbidden')).toBeVisible();
        }
      }
    });
  });
}

test.describe('with a session', () => {
  test.use({ storageState: authFile('planner') });

  test('a planner may not retrain (403), and a cross-site request is refused even with a valid session', async ({
    request,
  }) => {
    expect((await request.post('/api/models/retrain')).status()).toBe(403);
    const foreign = await request.post('/api/scenarios', {
      headers: { Origin: 'http://evil.example' },
      data: { municipality: '091', scenario: { name: 'Forged' } },
    });
    expect(foreign.status()).toBe(403);
    const crossSite = await request.post('/api/scenarios', {
      headers: { 'Sec-Fetch-Site': 'cross-site' },
      data: { municipality: '091', scenario: { name: 'Forged' } },
    });
    expect(crossSite.status()).toBe(403);
    expect((await request.get('/api/areas', { headers: { Host: 'evil.example' } })).status()).toBe(421);
  });

  test('pages carry a CSP without external origins, may not be framed, and are not sniffed', async ({ request }) => {
    const response = await request.get('/map?lang=en');
    const headers = response.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['content-security-policy']).not.toMatch(/https?:\/\//);
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('same-origin');
  });
});

async function audit(request: APIRequestContext, query: string) {
  const response = await request.get(`/api/audit?${query}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { entries: { actor: string; action: string; outcome: string }[] }).entries;
}

test('an export is in the audit trail with who made it, and so are the sign-ins', async ({ playwright, baseURL }) => {
  const leadership = await playwright.request.newContext({ baseURL, storageState: authFile('leadership') });
  expect((await leadership.get('/api/report?format=csv&municipality=091')).status()).toBe(200);
  await leadership.dispose();
  const admin = await playwright.request.newContext({ baseURL, storageState: authFile('admin') });
  const exports = await audit(admin, 'action=report.export');
  expect(exports.find((e) => e.actor === userOf('leadership'))).toMatchObject({ outcome: 'ok' });
  const signIns = await audit(admin, 'action=auth.sign_in');
  expect(signIns.some((e) => e.actor === userOf('admin') && e.outcome === 'ok')).toBe(true);
  expect(signIns.some((e) => e.outcome === 'failed')).toBe(true);
  // Admins only.
  const planner = await playwright.request.newContext({ baseURL, storageState: authFile('planner') });
  expect((await planner.get('/api/audit')).status()).toBe(403);
  await planner.dispose();
  await admin.dispose();
});
