import os from 'node:os';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { logToStderr, runCli } from '../../core/cli/run-cli';
import { badRequest } from '../../core/errors';
import { isRole, type Role } from '../../domain/auth/actions';
import { usernameSchema } from '../../domain/auth/username';
import { changeAccount, createAccount, type Actor } from '../../store/accounts';
import { openConfiguredAppStore } from '../../store/open-configured';
import { listUsers } from '../../store/users';

const USAGE = `npm run users -- create <username> --role <role> [--role <role>] [--municipality <code>] [--name <display name>]
npm run users -- list
npm run users -- set-role <username> --role <role> [--role <role>]
npm run users -- disable <username> | enable <username> | set-password <username>
roles: manager, planner, analyst, leadership, placement, admin; passwords are read from standard input (one line)`;

/**
 * `npm run users`: accounts from the command line (the first administrator, scripted set-ups). It works
 * while `npm start` runs (it attaches to the same app store). Changes are audited as done by `cli:<user>`.
 */
async function readPasswordLine(): Promise<string> {
  const lines = createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line.replace(/\r$/, '');
  }
  throw badRequest('give the password on standard input (one line)');
}

runCli('users', async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      role: { type: 'string', multiple: true },
      municipality: { type: 'string', multiple: true },
      name: { type: 'string' },
    },
  });
  const [command, rawName] = positionals;
  const roles = (values.role ?? []).map((r) => {
    if (!isRole(r)) throw badRequest(`--role: unknown role '${r}' (usage:\n${USAGE})`);
    return r;
  }) as Role[];
  const municipalities = values.municipality ?? [];
  if (municipalities.some((m) => !/^\d{3}$/.test(m)))
    throw badRequest('--municipality: a three-digit municipality code');
  const username = () => {
    const parsed = usernameSchema.safeParse(rawName);
    if (!parsed.success) throw badRequest(`username: ${parsed.error.issues[0].message} (usage:\n${USAGE})`);
    return parsed.data;
  };
  const store = await openConfiguredAppStore('tilannehuone-users', () => undefined);
  const actor: Actor = { id: null, name: `cli:${os.userInfo().username}`, address: null };
  try {
    if (command === 'list') {
      for (const u of await listUsers(store.pool)) {
        console.log(
          [
            u.username,
            u.roles.join(','),
            u.municipalities.join(',') || 'all',
            u.disabled ? 'disabled' : 'active',
            u.local ? 'local' : 'oidc',
          ].join('\t'),
        );
      }
    } else if (command === 'create') {
      if (roles.length === 0) throw badRequest(`create needs at least one --role (usage:\n${USAGE})`);
      const name = username();
      const created = await createAccount(store.pool, actor, {
        username: name,
        password: await readPasswordLine(),
        roles,
        municipalities,
        displayName: values.name,
      });
      logToStderr(`users: created ${created.username} (${created.roles.join(', ')})`);
    } else if (command === 'set-role') {
      if (roles.length === 0) throw badRequest(`set-role needs at least one --role (usage:\n${USAGE})`);
      const user = await changeAccount(store.pool, actor, username(), {
        roles,
        ...(municipalities.length ? { municipalities } : {}),
      });
      logToStderr(`users: ${user.username} now has ${user.roles.join(', ')}; their sessions ended`);
    } else if (command === 'disable' || command === 'enable') {
      const user = await changeAccount(store.pool, actor, username(), { disabled: command === 'disable' });
      logToStderr(`users: ${user.username} ${user.disabled ? 'disabled; their sessions ended' : 'enabled'}`);
    } else if (command === 'set-password') {
      const user = await changeAccount(store.pool, actor, username(), { password: await readPasswordLine() });
      logToStderr(`users: new password for ${user.username}; their sessions ended`);
    } else {
      throw badRequest(`unknown command '${command ?? ''}' (usage:\n${USAGE})`);
    }
  } finally {
    await store.close();
  }
});
