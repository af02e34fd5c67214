import { isDriverId, methodOf } from '../domain/forecasting/drivers';
import type { Dictionary } from './fi';

/**
 * A forecast driver in the reader's language: "New housing raised the forecast by about 4 %.", or, where
 * a baseline method is used instead of the network, why.
 */
export function describeDriver(
  t: Dictionary,
  e: { driver: string; effect_pct: number; age_group: string; year: number; origin?: number },
): string {
  const method = methodOf(e.driver);
  if (method !== null) {
    const name = (t.drivers.methods as Record<string, string>)[method] ?? method;
    return t.drivers.methodUsed(name, e.age_group, e.origin === undefined ? null : e.year - e.origin);
  }
  const label = isDriverId(e.driver) ? t.drivers.names[e.driver] : e.driver;
  return t.drivers.effect(label, e.effect_pct);
}
