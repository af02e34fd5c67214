import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAppStore, testDatabaseUrl, type TestAppStore } from '../builders/app-db';
import { createAccount } from '../../store/accounts';
import { searchAudit } from '../../store/audit';

/**
 * Sign-in, sessions, roles and audit as the web server runs them (server/auth), on a real PostgreSQL:
 * the same functions the route handlers call, with requests built here.
 */
let db: TestAppStore;
let auth: typeof import('../../server/auth/sign-in');
let guard: typeof import('../../server/auth/authorize');

const request = (cookie: string | null, method = 'GET') =>
  new Request('http://localhost:3000/api/x', {
    method,
    headers: {
      host: 'localhost:3000',
      'x-forwarded-for': '10.0.0.7',
      ...(cookie ? { cookie: `tilannehuone_session=${cookie}` } : {}),
    },
  });

beforeAll(async () => {
  db = await createTestAppStore();
  process.env.DATABASE_URL = testDatabaseUrl(db.database);
  process.env.TILANNEHUONE_LOGIN_ATTEMPTS = '3';
  auth = await import('../../server/auth/sign-in');
  guard = await import('../../server/auth/authorize');
  const cli = { id: null, name: 'cli:test', address: null };
  await createAccount(db.store.pool, cli, { username: 'ana', password: 'analyst password 1', roles: ['analyst'] });
  await createAccount(db.store.pool, cli, {
    username: 'pekka',
    password: 'planner password 1',
    roles: ['planner'],
    municipalities: ['091'],
  });
});
afterAll(async () => {
  delete process.env.DATABASE_URL;
  await db.drop();
});

describe('signing in and what a session may do', () => {
  it('a planner signs in, may save scenarios for Helsinki but not for Espoo, and may not retrain', async () => {
    const { token } = await auth.signIn({ username: 'Pekka', password: 'planner password 1', address: '10.0.0.7' });
    const planner = await guard.authorize(request(token), 'scenario.save', { municipality: '091' });
    expect(planner.user.username).toBe('pekka');
    await expect(guard.authorize(request(token), 'scenario.save', { municipality: '049' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(guard.authorize(request(token), 'models.train')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(guard.authorize(request(null), 'dashboard.read')).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('a wrong password is refused, and after too many failures even the right one must wait', async () => {
    for (let i = 0; i < 3; i += 1) {
      await expect(auth.signIn({ username: 'ana', password: 'wrong', address: '10.0.0.8' })).rejects.toMatchObject({
        code: 'unauthorized',
      });
    }
    await expect(
      auth.signIn({ username: 'ana', password: 'analyst password 1', address: '10.0.0.8' }),
    ).rejects.toMatchObject({
      code: 'rate_limited',
    });
  });

  it('signing out ends the session on the server', async () => {
    const { token } = await auth.signIn({ username: 'pekka', password: 'planner password 1', address: '10.0.0.7' });
    await auth.signOut(token, '10.0.0.7');
    await expect(guard.authorize(request(token), 'dashboard.read')).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('the audit trail holds the sign-ins, failures and refusals, never a password', async () => {
    const entries = await searchAudit(db.store.pool, { limit: 100 });
    const actions = entries.map((e) => `${e.action}:${e.outcome}`);
    expect(actions).toContain('auth.sign_in:ok');
    expect(actions).toContain('auth.sign_in:failed');
    expect(actions).toContain('auth.sign_in:denied');
    expect(actions).toContain('scenario.save:denied');
    expect(actions).toContain('users.create:ok');
    expect(JSON.stringify(entries)).not.toMatch(/password 1|wrong/);
    await expect(db.store.pool.query('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
  });
});
