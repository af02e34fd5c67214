import { haversineKm, randomPointIn, type Point } from '../../core/geo/geometry';
import type { AreaGeometry } from '../../core/geo/simplify';
import { allocate, seededRandom } from '../planning/synthetic-units';
import type { CohortChild, GuardianLanguage } from './cohort-child';
import { teachingLanguage, type OfferUnit } from './offer-unit';

/**
 * A deterministic synthetic pre-school cohort, because no open data lists children: the number per postal
 * area follows the real six-year-olds (observed, or the forecast for the start year) and each home is a
 * random point inside the area's polygon. Everything else is drawn with stated shares - Swedish-language
 * pre-school with the area's Swedish-speaking share; 85 % attend ECE already (Helsinki: about 94 % of
 * 3-6-year-olds, some privately), mostly near home; a quarter have a sibling in ECE; 6 % special needs, 3 %
 * shift care. Every child is marked synthetic, and contacts are invented in ranges that reach nobody
 * (+358 0000..., example.invalid), which real senders refuse anyway.
 */
export interface CohortArea {
  postalCode: string;
  geometry: AreaGeometry;
  children: number;
  swedishShare: number;
}

export interface SyntheticCohortInputs {
  areas: readonly CohortArea[];
  units: readonly OfferUnit[];
  startYear: number;
  seed: number;
  /** Scale the areas' counts to this total (the benchmark's 6,000); by default the counts as given. */
  total?: number;
  /** Born six years before the start year (pre-school) unless an ECE round says otherwise. */
  birthYear?: number;
}

export const SYNTHETIC_SHARES = {
  inEce: 0.85,
  sibling: 0.25,
  specialNeeds: 0.06,
  shiftCare: 0.03,
  phone: 0.92,
  email: 0.7,
} as const;

/** A home inside the postal area (the centroid if 500 tries in its box miss). */
export const pointIn = (geometry: AreaGeometry, random: () => number): Point => randomPointIn(geometry, random, 500);

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

function guardianLanguage(language: 'fi' | 'sv', r: number): GuardianLanguage {
  if (language === 'sv') return r < 0.9 ? 'sv' : r < 0.95 ? 'fi' : 'en';
  return r < 0.86 ? 'fi' : r < 0.88 ? 'sv' : 'en';
}

/** One of the few nearest units of the language (nearer ones likelier), or null. */
function nearbyUnit(home: Point, units: readonly OfferUnit[], random: () => number, few: number): string | null {
  const near = units
    .map((u) => ({ u, km: haversineKm(home, u) }))
    .sort((a, b) => a.km - b.km || (a.u.unitId < b.u.unitId ? -1 : 1))
    .slice(0, few);
  if (near.length === 0) return null;
  const pick = Math.min(near.length - 1, Math.floor(random() * random() * near.length));
  return near[pick].u.unitId;
}

export function generateSyntheticCohort(inputs: SyntheticCohortInputs): CohortChild[] {
  const random = seededRandom(inputs.seed);
  const areas = [...inputs.areas].sort((a, b) => (a.postalCode < b.postalCode ? -1 : 1));
  const counts =
    inputs.total === undefined
      ? areas.map((a) => Math.max(0, Math.round(a.children)))
      : allocate(
          inputs.total,
          areas.map((a) => a.children),
        );
  const byLanguage = {
    fi: inputs.units.filter((u) => teachingLanguage(u) === 'fi'),
    sv: inputs.units.filter((u) => teachingLanguage(u) === 'sv'),
  };
  const out: CohortChild[] = [];
  areas.forEach((area, k) => {
    for (let n = 1; n <= counts[k]; n++) {
      const home = pointIn(area.geometry, random);
      const language = random() < area.swedishShare ? 'sv' : 'fi';
      const own = byLanguage[language];
      const inEce = random() < SYNTHETIC_SHARES.inEce;
      const current = inEce ? nearbyUnit(home, random() < 0.9 ? own : byLanguage.fi, random, 4) : null;
      const sibling = random() < SYNTHETIC_SHARES.sibling ? nearbyUnit(home, own, random, 5) : null;
      const id = `SYN-${inputs.startYear}-${area.postalCode}-${n}`;
      const hasPhone = random() < SYNTHETIC_SHARES.phone;
      const hasEmail = random() < SYNTHETIC_SHARES.email || !hasPhone;
      out.push({
        childId: id,
        birthYear: inputs.birthYear ?? inputs.startYear - 6,
        postalCode: area.postalCode,
        lon: round6(home.lon),
        lat: round6(home.lat),
        located: 'coordinates',
        language,
        currentUnitId: current,
        siblingUnitId: sibling,
        specialNeeds: random() < SYNTHETIC_SHARES.specialNeeds,
        shiftCare: random() < SYNTHETIC_SHARES.shiftCare,
        guardianLanguage: guardianLanguage(language, random()),
        guardianPhone: hasPhone ? `+3580000${String(out.length + 1).padStart(5, '0')}` : null,
        guardianEmail: hasEmail ? `guardian.${id.toLowerCase()}@example.invalid` : null,
        name: null,
        birthDate: null,
        synthetic: true,
      });
    }
  });
  return out;
}
