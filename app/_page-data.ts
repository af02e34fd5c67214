import { isAppError } from '@/core/errors';

/**
 * What the pages share to read their query string and load their data (not a route: no page.tsx).
 */

/** The query string as Next hands it to a page. */
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The first value of a repeated parameter (`?year=2020&year=2021` reads 2020): a shared link still opens. */
export const firstParam = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

export type PageData<T> = { available: true; data: T } | { available: false };

/**
 * Loads a page's data. The data functions throw an AppError 'unavailable' while the warehouse (or the
 * app store) cannot be read - not built yet, or being replaced: the page then shows a notice. Anything
 * else is a bug and goes on to app/error.tsx, which cannot tell errors apart (Next strips their
 * messages in production).
 */
export async function loadPageData<T>(load: () => Promise<T>): Promise<PageData<T>> {
  try {
    return { available: true, data: await load() };
  } catch (err) {
    if (isAppError(err) && err.code === 'unavailable') return { available: false };
    throw err;
  }
}
