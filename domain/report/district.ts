import type { AreaGeometry } from '../../core/geo/simplify';
import { districtsOfAreas } from '../planning/synthetic-units';

/**
 * Helsinki's major districts (suurpiiri) for the capacity report. There is no official postal-area ->
 * district key (docs/planning.md): postal areas are placed in a sub-district by name, as the synthetic
 * unit generator does (`districtsOfAreas`: a part of the area's name that names an osa-alue, else the
 * nearest matched area), then climb the city's own hierarchy osa-alue -> peruspiiri -> suurpiiri.
 * Other municipalities are reported as one group (the municipality).
 */
export interface DistrictArea {
  postalCode: string;
  nameFi: string;
  geometry: AreaGeometry;
}

export interface DistrictKey {
  /** osa-alue name -> peruspiiri code */
  subdivisions: { name: string; districtCode: string }[];
  /** peruspiiri code -> suurpiiri code */
  peruspiiriParent: Map<string, string>;
  /** suurpiiri code -> name */
  suurpiiriName: Map<string, string>;
}

export interface DistrictAssignment {
  code: string;
  name: string;
  by: 'name' | 'nearest';
}

export function suurpiiriOfAreas(areas: readonly DistrictArea[], key: DistrictKey): Map<string, DistrictAssignment> {
  const peruspiiri = districtsOfAreas(
    areas.map((a) => ({ ...a, children06: 0 })),
    key.subdivisions,
  );
  const out = new Map<string, DistrictAssignment>();
  for (const [postalCode, { district, by }] of peruspiiri) {
    const code = key.peruspiiriParent.get(district);
    if (!code) continue;
    out.set(postalCode, { code, name: key.suurpiiriName.get(code) ?? code, by });
  }
  return out;
}
