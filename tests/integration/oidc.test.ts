import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAppStore, testDatabaseUrl, type TestAppStore } from '../builders/app-db';
import { startOidcTestProvider, type OidcTestProvider } from '../builders/oidc-provider';

/**
 * Sign-in with the city's identity provider (OpenID Connect, authorization code + PKCE), end to end
 * against a local test provider: nothing is fetched from outside this machine.
 */
let db: TestAppStore;
let provider: OidcTestProvider;
let oidc: typeof import('../../server/auth/oidc');
let sessions: typeof import('../../server/auth/signed-in-user');

beforeAll(async () => {
  db = await createTestAppStore();
  provider = await startOidcTestProvider();
  Object.assign(process.env, {
    DATABASE_URL: testDatabaseUrl(db.database),
    TILANNEHUONE_OIDC_ISSUER: provider.issuer,
    TILANNEHUONE_OIDC_CLIENT_ID: provider.clientId,
    TILANNEHUONE_OIDC_CLIENT_SECRET: provider.clientSecret,
    TILANNEHUONE_OIDC_ALLOW_HTTP: '1',
    TILANNEHUONE_OIDC_ROLE_GROUPS: 'planner=TH-Planners;admin=TH-Admins',
  });
  oidc = await import('../../server/auth/oidc');
  sessions = await import('../../server/auth/signed-in-user');
});
afterAll(async () => {
  for (const k of [
    'DATABASE_URL',
    'TILANNEHUONE_OIDC_ISSUER',
    'TILANNEHUONE_OIDC_CLIENT_ID',
    'TILANNEHUONE_OIDC_CLIENT_SECRET',
  ]) {
    delete process.env[k];
  }
  await provider.close();
  await db.drop();
});

const app = 'http://localhost:3000';
const get = (url: string, cookie?: string) =>
  new Request(url, { headers: { host: 'localhost:3000', ...(cookie ? { cookie } : {}) } });

/** Starts a sign-in, lets the provider answer, and returns the callback request the browser would make. */
async function throughProvider(next: string) {
  const { url, state } = await oidc.beginOidcSignIn(get(`${app}/api/auth/oidc/start`), next);
  const answer = await fetch(url, { redirect: 'manual' });
  expect(answer.status).toBe(302);
  return { callback: answer.headers.get('location')!, state };
}

describe('signing in with the city account', () => {
  it('a member of the planners group is signed in as a planner and sent back where they were going', async () => {
    provider.signInAs({
      sub: 'abc-123',
      preferred_username: 'maija.planner',
      name: 'Maija',
      groups: ['TH-Planners', 'Staff'],
    });
    const { callback, state } = await throughProvider('/scenarios?lang=sv');
    expect(callback.startsWith(`${app}/api/auth/oidc/callback?`)).toBe(true);
    const { token, returnTo } = await oidc.completeOidcSignIn(get(callback), state, '10.0.0.9');
    expect(returnTo).toBe('/scenarios?lang=sv');
    const user = await sessions.userOfCookies(`tilannehuone_session=${token}`);
    expect(user).toMatchObject({ username: 'maija.planner', roles: ['planner'], displayName: 'Maija' });
  });

  it('refuses a callback that did not start in this browser, and an account whose groups grant no role', async () => {
    const { callback } = await throughProvider('/map');
    await expect(oidc.completeOidcSignIn(get(callback), 'another-state', '10.0.0.9')).rejects.toMatchObject({
      code: 'bad_request',
    });
    provider.signInAs({ sub: 'xyz', preferred_username: 'visitor', groups: ['Everyone'] });
    const second = await throughProvider('/map');
    await expect(oidc.completeOidcSignIn(get(second.callback), second.state, '10.0.0.9')).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('never returns to another site', () => {
    expect(oidc.safeReturnPath('https://evil.example/')).toBe('/');
    expect(oidc.safeReturnPath('//evil.example')).toBe('/');
    expect(oidc.safeReturnPath('/report?lang=fi')).toBe('/report?lang=fi');
  });
});
