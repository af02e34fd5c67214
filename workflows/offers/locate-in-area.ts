import type { Point } from '../../core/geo/geometry';
import type { AreaGeometry } from '../../core/geo/simplify';
import { seededRandom } from '../../domain/planning/synthetic-units';
import { stableHash } from '../../domain/offers/synthetic-places';
import { pointIn } from '../../domain/offers/synthetic-cohort';

/**
 * Where to put a home known only by its postal code: a point inside the area's polygon drawn from the
 * child's id, so the same child always lands on the same spot (re-imports and re-runs agree).
 */
export function locatorOf(areas: ReadonlyMap<string, AreaGeometry>) {
  return (postalCode: string, childId: string): Point | null => {
    const geometry = areas.get(postalCode);
    return geometry ? pointIn(geometry, seededRandom(stableHash(`${postalCode}:${childId}`))) : null;
  };
}
