import { spawnSync } from 'node:child_process';
import { expect, test as setup } from '@playwright/test';
import { authFile, password, ROLES, userOf } from './support/roles';

/**
 * Creates a user per role with the real CLI (it attaches to the running server's app store, as it would
 * next to `npm start`), signs each in through the API and keeps the browser state for the specs.
 */
setup('one signed-in user per role', async ({ playwright, baseURL }) => {
  for (const role of ROLES) {
    const created = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'workflows/cli/users-cli.ts', 'create', userOf(role), '--role', role],
      {
        input: `${password()}\n`,
        encoding: 'utf8',
        env: process.env,
      },
    );
    // A second run on the same data finds the user there already.
    expect(created.status === 0 || /exists/.test(created.stderr), created.stderr).toBe(true);
    const context = await playwright.request.newContext({ baseURL });
    const signedIn = await context.post('/api/auth/login', { data: { username: userOf(role), password: password() } });
    expect(signedIn.status(), await signedIn.text()).toBe(200);
    await context.storageState({ path: authFile(role) });
    await context.dispose();
  }
});
