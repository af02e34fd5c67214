import { isDriverId } from '../domain/forecasting/drivers';
import type { Dictionary } from './fi';

/** A forecast driver in the reader's language: "Births raised the forecast by about 4 %." */
export function describeDriver(t: Dictionary, e: { driver: string; effect_pct: number }): string {
  const label = isDriverId(e.driver) ? t.drivers.names[e.driver] : e.driver;
  return t.drivers.effect(label, e.effect_pct);
}
