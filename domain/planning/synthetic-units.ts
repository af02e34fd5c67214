import type { AreaGeometry } from '../../core/geo/simplify';
import { centroidOf, haversineKm, randomPointIn } from '../../core/geo/geometry';
import type { EceUnit } from './unit';

/**
 * Deterministic synthetic ECE units for a city whose unit register is not open data (Helsinki).
 * They are demo data, never real units: every unit is named "Synthetic unit <postal code>-<n>" and
 * marked synthetic. Only the aggregates are real:
 * - the city's number of units and each district's (peruspiiri) share of them and of children in day care
 *   (2011 key figures);
 * - total places: children in ECE (StatFin 14jt, latest year) plus a small headroom, split under 3 / 3+;
 * - within a district, units go to postal areas in proportion to their children aged 0-6;
 * - each unit's language is Swedish with the district's Swedish-speaking population share.
 * A seeded generator makes the output a pure function of these inputs (the committed file is tested).
 */
export interface SyntheticArea {
  postalCode: string;
  nameFi: string;
  geometry: AreaGeometry;
  children06: number;
}

export interface SyntheticDistrict {
  code: string;
  name: string;
  units: number;
  childrenInDaycare: number;
  swedishShare: number;
}

export interface SyntheticInputs {
  municipalityCode: string;
  areas: SyntheticArea[];
  districts: SyntheticDistrict[];
  /** Sub-district (osa-alue) names and their district: used to place postal areas in districts by name. */
  subdivisions: { name: string; districtCode: string }[];
  /** The city's number of units (its district figures may not add up to it). */
  totalUnits: number;
  placesUnder3: number;
  places3plus: number;
  /** Spare capacity on top of today's participants, e.g. 0.03. */
  headroom: number;
  seed: number;
}

/** mulberry32: a small, well-mixed 32-bit PRNG; same seed, same sequence on every platform. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Splits an integer total in proportion to weights (largest remainder; ties to the earlier index). */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + Math.max(0, w), 0);
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (Math.max(0, w) / sum) * total);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((s, n) => s + n, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left-- <= 0) break;
    out[i] += 1;
  }
  return out;
}

const DIRECTIONS = /^(pohjois|etelä|itä|länsi|keski|ala|ylä|vanha)-/;
const lower = (s: string) => s.toLowerCase().trim();
const stripped = (s: string) => lower(s).replace(DIRECTIONS, '');

/**
 * The district of each postal area: a part of its name ("Kontula - Vesala - Kivikko", "Itä- ja Keski-Pasila")
 * that names a sub-district, exactly or else without a compass prefix ("Pohjois-Lauttasaari" -> Lauttasaari);
 * otherwise the district of the nearest matched area. A heuristic for calibration only - there is no
 * official postal-area-to-district key.
 */
export function districtsOfAreas(
  areas: readonly SyntheticArea[],
  subdivisions: SyntheticInputs['subdivisions'],
): Map<string, { district: string; by: 'name' | 'nearest' }> {
  const exact = new Map<string, string>();
  const loose = new Map<string, string>();
  for (const s of subdivisions) {
    if (!exact.has(lower(s.name))) exact.set(lower(s.name), s.districtCode);
    if (!loose.has(stripped(s.name))) loose.set(stripped(s.name), s.districtCode);
  }
  const out = new Map<string, { district: string; by: 'name' | 'nearest' }>();
  for (const a of areas) {
    const parts = a.nameFi.split(/ - | ja /);
    const hit =
      parts.map((p) => exact.get(lower(p))).find((d) => d !== undefined) ??
      parts.map((p) => loose.get(stripped(p))).find((d) => d !== undefined);
    if (hit) out.set(a.postalCode, { district: hit, by: 'name' });
  }
  const centre = new Map(areas.map((a) => [a.postalCode, centroidOf(a.geometry)]));
  const matched = areas.filter((a) => out.has(a.postalCode));
  for (const a of areas) {
    if (out.has(a.postalCode) || matched.length === 0) continue;
    const here = centre.get(a.postalCode)!;
    const nearest = matched.reduce((best, m) =>
      haversineKm(here, centre.get(m.postalCode)!) < haversineKm(here, centre.get(best.postalCode)!) ? m : best,
    );
    out.set(a.postalCode, { district: out.get(nearest.postalCode)!.district, by: 'nearest' });
  }
  return out;
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

export function generateSyntheticUnits(inputs: SyntheticInputs): EceUnit[] {
  const random = seededRandom(inputs.seed);
  const areaDistrict = districtsOfAreas(inputs.areas, inputs.subdivisions);
  const totalPlaces = Math.round((inputs.placesUnder3 + inputs.places3plus) * (1 + inputs.headroom));
  const under3Share = inputs.placesUnder3 / (inputs.placesUnder3 + inputs.places3plus);
  // Districts without any postal area (none in Helsinki today) would lose their places: leave them out of the shares.
  const districts = inputs.districts.filter((d) =>
    inputs.areas.some((a) => areaDistrict.get(a.postalCode)?.district === d.code),
  );
  const districtPlaces = allocate(
    totalPlaces,
    districts.map((d) => d.childrenInDaycare),
  );
  const districtUnits = allocate(
    inputs.totalUnits,
    districts.map((d) => d.units),
  );
  const units: EceUnit[] = [];
  districts.forEach((d, k) => {
    const areas = inputs.areas.filter((a) => areaDistrict.get(a.postalCode)?.district === d.code);
    const unitsPerArea = allocate(
      Math.max(districtUnits[k], 1),
      areas.map((a) => a.children06),
    );
    const slots = areas.flatMap((a, i) => Array.from({ length: unitsPerArea[i] }, () => a));
    // Unit sizes vary +/-30 % around the district mean and still add up to the district's places exactly.
    const places = allocate(
      districtPlaces[k],
      slots.map(() => 0.7 + 0.6 * random()),
    );
    slots.forEach((area, i) => {
      const under3 = Math.round(places[i] * under3Share * (0.7 + 0.6 * random()));
      const plus3 = places[i] - under3;
      const at = randomPointIn(area.geometry, random, 2000);
      const n = units.filter((u) => u.postalCode === area.postalCode).length + 1;
      units.push({
        unitId: `${inputs.municipalityCode}-SYN-${area.postalCode}-${n}`,
        nameFi: `Synthetic unit ${area.postalCode}-${n}`,
        nameSv: `Syntetisk enhet ${area.postalCode}-${n}`,
        language: random() < d.swedishShare ? 'sv' : 'fi',
        provider: 'municipal',
        lon: round6(at.lon),
        lat: round6(at.lat),
        postalCode: area.postalCode,
        municipalityCode: inputs.municipalityCode,
        capacityUnder3: under3,
        capacity3plus: plus3,
        // About 8-10 m2 of floor area per place (Helsinki guidance: 8 m2 per child).
        floorAreaM2: Math.round(places[i] * (8 + 2 * random())),
        openingYear: 1950 + Math.floor(random() * 63),
        closingYear: null,
        preschool: plus3 >= 21,
        synthetic: true,
      });
    });
  });
  return units.sort((a, b) => a.unitId.localeCompare(b.unitId, 'en', { numeric: true }));
}
