import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../domain/auth/actions';

/**
 * Deny by default, checked over the code itself: every API route handler authorizes a declared action
 * before anything else, and every page requires one - except the few that must work signed out
 * (sign-in, first-admin setup, health, the sign-in callbacks) and the family's side of an offer round,
 * which a personal link's token or the SMS gateway's shared secret authenticates instead of a session.
 */
const PUBLIC_ROUTES = [
  'app/api/auth/login/route.ts',
  'app/api/auth/logout/route.ts',
  'app/api/auth/session/route.ts',
  'app/api/auth/oidc/start/route.ts',
  'app/api/auth/oidc/callback/route.ts',
  'app/api/health/route.ts',
  'app/api/setup/route.ts',
  'app/api/offers/answer/route.ts',
  'app/api/offers/survey/route.ts',
  'app/api/offers/[id]/reply/route.ts',
];
const PUBLIC_PAGES = ['app/sign-in/page.tsx', 'app/setup/page.tsx', 'app/page.tsx', 'app/offer/[token]/page.tsx'];

function files(dir: string, name: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const abs = path.join(dir, entry);
    if (statSync(abs).isDirectory()) return files(abs, name);
    return entry === name ? [abs] : [];
  });
}

/** A page declares its action by calling one of these (an offer round's pages: through `loadRoundPage`). */
const PAGE_GATES = '(?:requirePage|loadRoundPage)';

const actionsIn = (text: string, call: string) =>
  [...text.matchAll(new RegExp(`${call}\\((?:request, )?'([a-z.]+)'`, 'g'))].map((m) => m[1]);

describe('every route and page declares the action it performs', () => {
  it('each API route handler authorizes a declared action (or is one of the few public ones)', () => {
    const routes = files('app/api', 'route.ts');
    expect(routes.length).toBeGreaterThan(15);
    const undeclared = routes.filter(
      (f) => !PUBLIC_ROUTES.includes(f) && actionsIn(readFileSync(f, 'utf8'), 'authorize').length === 0,
    );
    expect(undeclared).toEqual([]);
    for (const f of routes)
      for (const a of actionsIn(readFileSync(f, 'utf8'), 'authorize')) expect(Object.keys(ACTIONS)).toContain(a);
  });

  it('each page requires a declared action (or is one of the few public ones)', () => {
    const pages = files('app', 'page.tsx');
    const undeclared = pages.filter(
      (f) => !PUBLIC_PAGES.includes(f) && actionsIn(readFileSync(f, 'utf8'), PAGE_GATES).length === 0,
    );
    expect(undeclared).toEqual([]);
    for (const f of pages)
      for (const a of actionsIn(readFileSync(f, 'utf8'), PAGE_GATES)) expect(Object.keys(ACTIONS)).toContain(a);
  });
});
