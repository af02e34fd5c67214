import { disclosureStatus, type DisclosedCount } from '../privacy/disclosure';
import type { OfferState } from './offer-state';

/**
 * Follow-up for managers: reply, acceptance, transfer and decline rates by area and unit, unit fill after
 * the round and mean distance - aggregates only. Counts below the small-count threshold are withheld (and
 * so are rates and means built on them); when exactly one part of a whole is withheld, the smallest other
 * part is withheld too, so that no subtraction gives a family's answer back.
 */
export interface KpiOffer {
  postalCode: string;
  unitId: string | null;
  places: number | null;
  /** The state before any decision (decided offers keep the answer they were decided on). */
  answer: OfferState;
  distanceKm: number | null;
  sent: boolean;
}

export interface KpiGroup {
  key: string;
  offered: DisclosedCount;
  replied: DisclosedCount;
  accepted: DisclosedCount;
  transfer: DisclosedCount;
  declined: DisclosedCount;
  unanswered: DisclosedCount;
  replyRate: number | null;
  acceptRate: number | null;
  transferRate: number | null;
  declineRate: number | null;
  meanKm: number | null;
}

export interface UnitFill {
  unitId: string;
  places: number;
  placed: DisclosedCount;
  fill: number | null;
}

const count = (value: number, threshold: number): DisclosedCount => {
  const status = disclosureStatus(value, false, threshold);
  return { value: status === 'ok' ? value : null, status };
};
const withhold = (): DisclosedCount => ({ value: null, status: 'small' });

/** If exactly one of the parts is withheld, withhold the smallest shown part too. */
export function protectParts(parts: DisclosedCount[], raw: readonly number[]): DisclosedCount[] {
  const hidden = parts.filter((p) => p.value === null).length;
  if (hidden !== 1) return parts;
  let smallest = -1;
  parts.forEach((p, i) => {
    if (p.value !== null && (smallest < 0 || raw[i] < raw[smallest])) smallest = i;
  });
  return parts.map((p, i) => (i === smallest ? withhold() : p));
}

const rate = (num: DisclosedCount, den: DisclosedCount) =>
  num.value !== null && den.value !== null && den.value > 0 ? num.value / den.value : null;

function groupOf(key: string, offers: readonly KpiOffer[], threshold: number): KpiGroup {
  const sent = offers.filter((o) => o.sent);
  const n = (f: (o: KpiOffer) => boolean) => sent.filter(f).length;
  const raw = [
    n((o) => o.answer === 'accepted'),
    n((o) => o.answer === 'transfer_requested'),
    n((o) => o.answer === 'declined'),
    n((o) => o.answer === 'sent' || o.answer === 'no_reply'),
  ];
  const offered = count(sent.length, threshold);
  const [accepted, transfer, declined, unanswered] =
    offered.value === null
      ? raw.map(withhold)
      : protectParts(
          raw.map((v) => count(v, threshold)),
          raw,
        );
  const replied = offered.value === null ? withhold() : count(sent.length - raw[3], threshold);
  const km = sent.filter((o) => o.distanceKm !== null).map((o) => o.distanceKm!);
  return {
    key,
    offered,
    replied,
    accepted,
    transfer,
    declined,
    unanswered,
    replyRate: unanswered.value === null ? null : rate(replied, offered),
    acceptRate: rate(accepted, offered),
    transferRate: rate(transfer, offered),
    declineRate: rate(declined, offered),
    meanKm: offered.value !== null && km.length >= threshold ? km.reduce((s, x) => s + x, 0) / km.length : null,
  };
}

/** Groups by `keyOf`, each disclosure-controlled, plus protection across groups (one hidden group alone). */
export function kpiBy(offers: readonly KpiOffer[], keyOf: (o: KpiOffer) => string, threshold: number): KpiGroup[] {
  const byKey = new Map<string, KpiOffer[]>();
  for (const o of offers) {
    const k = keyOf(o);
    byKey.set(k, [...(byKey.get(k) ?? []), o]);
  }
  const keys = [...byKey.keys()].sort();
  const groups = keys.map((k) => groupOf(k, byKey.get(k)!, threshold));
  const sizes = keys.map((k) => byKey.get(k)!.filter((o) => o.sent).length);
  const protectedOffered = protectParts(
    groups.map((g) => g.offered),
    sizes,
  );
  return groups.map((g, i) =>
    protectedOffered[i].value === null && g.offered.value !== null ? groupOf(g.key, [], threshold) : g,
  );
}

export const kpiTotal = (offers: readonly KpiOffer[], threshold: number): KpiGroup =>
  groupOf('total', offers, threshold);

/** Places taken per unit after the round (accepted and assigned places), against its pre-school places. */
export function unitFill(
  offers: readonly KpiOffer[],
  units: readonly { unitId: string; places: number }[],
  threshold: number,
): UnitFill[] {
  return units.map((u) => {
    const placed = count(
      offers.filter((o) => o.unitId === u.unitId && (o.answer === 'accepted' || o.answer === 'no_reply')).length,
      threshold,
    );
    return {
      unitId: u.unitId,
      places: u.places,
      placed,
      fill: placed.value !== null && u.places > 0 ? placed.value / u.places : null,
    };
  });
}
