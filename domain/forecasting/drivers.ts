/**
 * What moves a child forecast, as ids. The models store an explanation as a driver id and an effect in
 * per cent; pages render it in the reader's language (i18n). The product forecast is the
 * cohort-component model's (children ageing, births, net migration, in that order) adjusted by the
 * combination with the other methods and its bias correction, so these four are all it can name.
 */
export const DRIVER_IDS = ['cohort', 'births', 'migration', 'adjustment'] as const;
export type DriverId = (typeof DRIVER_IDS)[number];

export const isDriverId = (v: string): v is DriverId => (DRIVER_IDS as readonly string[]).includes(v);
