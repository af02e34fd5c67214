import 'server-only';
import type { OfferUnit } from '../../domain/offers/offer-unit';
import { toOfferUnit } from '../../domain/offers/synthetic-places';
import type { EceUnit } from '../../domain/planning/unit';
import { fetchUnits, type Unit } from '../queries/units';

/**
 * The units of a round's municipality from the warehouse's units register (public_units), as offer units:
 * pre-school places and shift care are derived where the register does not give them (the shipped
 * Helsinki units are synthetic and carry neither) and marked so.
 */
const toEce = (u: Unit): EceUnit => ({
  unitId: u.unit_id,
  nameFi: u.name_fi,
  nameSv: u.name_sv,
  language: (['fi', 'sv', 'en'].includes(u.language ?? '') ? u.language : 'other') as EceUnit['language'],
  provider: u.provider === 'private' ? 'private' : 'municipal',
  lon: u.lon,
  lat: u.lat,
  postalCode: u.postal_code ?? '',
  municipalityCode: u.municipality_code ?? '',
  capacityUnder3: u.capacity_under3 ?? 0,
  capacity3plus: u.capacity_3plus ?? 0,
  floorAreaM2: u.floor_area_m2,
  openingYear: u.opening_year ?? 1900,
  closingYear: u.closing_year,
  preschool: u.preschool ?? false,
  synthetic: u.synthetic,
});

export async function offerUnitsOf(municipalityCode: string): Promise<OfferUnit[]> {
  return (await fetchUnits({ municipalityCode, limit: 100_000 })).map((u) => toOfferUnit(toEce(u)));
}
