/**
 * What can move a child forecast, as ids. The models store an explanation as a driver id and an effect
 * in per cent; pages render it in the reader's language (i18n). A forecast made by a baseline method
 * instead of the network is explained by the method itself (`method:<name>`).
 */
export const DRIVER_IDS = [
  'cohort',
  'current_children',
  'recent_trend',
  'population',
  'families',
  'housing',
  'income',
  'municipal_trend',
] as const;
export type DriverId = (typeof DRIVER_IDS)[number];

export const METHOD_DRIVER_PREFIX = 'method:';

export type StoredDriver = DriverId | `${typeof METHOD_DRIVER_PREFIX}${string}`;

export const methodDriver = (method: string): StoredDriver => `${METHOD_DRIVER_PREFIX}${method}`;

/** The method a `method:<name>` driver names, or null for a network driver. */
export const methodOf = (driver: string): string | null =>
  driver.startsWith(METHOD_DRIVER_PREFIX) ? driver.slice(METHOD_DRIVER_PREFIX.length) : null;

export const isDriverId = (v: string): v is DriverId => (DRIVER_IDS as readonly string[]).includes(v);
