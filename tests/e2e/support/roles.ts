import path from 'node:path';
import type { Role } from '../../../domain/auth/actions';

/**
 * One test user per role, created by auth.setup.ts through the real `npm run users` CLI, with a password
 * made for this run (playwright.config.ts). Each role's signed-in browser state is saved once and used by
 * the specs that act in that role.
 */
export const ROLES: readonly Role[] = ['manager', 'planner', 'analyst', 'leadership', 'placement', 'admin'];

export const userOf = (role: Role) => `e2e-${role}`;

export const password = () => process.env.E2E_PASSWORD!;

export const authFile = (role: Role) => path.join(process.env.TILANNEHUONE_TEST_DIR!, 'auth', `${role}.json`);
