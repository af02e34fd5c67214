import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { forbidden, redirect } from 'next/navigation';
import { isPermitted, permittedActions, type Action } from '@/domain/auth/actions';
import { userOfCookies, type SignedInUser } from '@/server/auth/signed-in-user';

/**
 * The check every page makes first, on the same rules as the API (domain/auth/actions.ts): signed out,
 * the browser goes to the sign-in page and comes back afterwards; signed in without the page's action,
 * it gets the 403 page (app/forbidden.tsx). The page receives the user and what they may do, so it shows
 * only the links and buttons of permitted actions.
 */
export interface PageUser {
  user: SignedInUser;
  permitted: Action[];
}

/** One session read per request, however many components ask (the layout and the page both do). */
const requestUser = cache(async (cookieHeader: string | null) => userOfCookies(cookieHeader));

export async function requirePage(action: Action, resource: { municipality?: string } = {}): Promise<PageUser> {
  const h = await headers();
  const user = await requestUser(h.get('cookie'));
  if (!user) redirect(`/sign-in?${new URLSearchParams({ next: h.get('x-tilannehuone-url') ?? '/' }).toString()}`);
  if (!isPermitted(user, action, resource.municipality)) forbidden();
  return { user, permitted: permittedActions(user) };
}

/** The signed-in user, or null (the layout's navigation and pages open to everyone, such as sign-in). */
export async function optionalUser(): Promise<PageUser | null> {
  const user = await requestUser((await headers()).get('cookie'));
  return user ? { user, permitted: permittedActions(user) } : null;
}
