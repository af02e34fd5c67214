import { readEnv } from './env';

/**
 * The municipality the product opens with, plans for by default and reports its own forecast accuracy
 * for ("the reference city"). Helsinki (091) unless `TILANNEHUONE_MUNICIPALITY` names another.
 */
export const referenceMunicipality = (env: NodeJS.ProcessEnv = process.env): string =>
  readEnv(env).TILANNEHUONE_MUNICIPALITY;

/** Counts below this are shown as "< N" (`TILANNEHUONE_SMALL_COUNT`, default 5). */
export const smallCountThreshold = (env: NodeJS.ProcessEnv = process.env): number =>
  readEnv(env).TILANNEHUONE_SMALL_COUNT;

/** Today's date (YYYY-MM-DD): fixed by `TILANNEHUONE_TODAY` in tests, the calendar otherwise. */
export const today = (env: NodeJS.ProcessEnv = process.env): string =>
  readEnv(env).TILANNEHUONE_TODAY ?? new Date().toISOString().slice(0, 10);
