import 'server-only';
import * as accounts from '../store/accounts';
import { bootstrapAdmin } from '../store/bootstrap';
import { listUsers } from '../store/users';
import { appPool } from './app-store';
import type { Authorized } from './auth/authorize';

/** Admins' management of accounts through the web app (the rules live in store/accounts.ts). */
const actorOf = (by: Authorized): accounts.Actor => ({ id: by.user.id, name: by.user.username, address: by.address });

export const listAccounts = async () => listUsers(await appPool());

export const createAccount = async (by: Authorized, u: Parameters<typeof accounts.createAccount>[2]) =>
  accounts.createAccount(await appPool(), actorOf(by), u);

export const changeAccount = async (by: Authorized, username: string, change: accounts.AccountChange) =>
  accounts.changeAccount(await appPool(), actorOf(by), username, change);

/** The first administrator, created with the one-time setup code (public route: no signed-in user yet). */
export const createFirstAdmin = async (input: Parameters<typeof bootstrapAdmin>[1]) =>
  bootstrapAdmin(await appPool(), input);
