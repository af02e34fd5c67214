import type { Scenario } from '@/domain/planning/scenario';

/**
 * The scenario form's state (text fields as typed) and its conversion to and from the scenario document.
 * Numbers that do not parse are passed on as text, so the server's zod schema reports them at their field.
 */
export interface FormState {
  name: string;
  author: string;
  description: string;
  births: string;
  migrationAll: string;
  fromYear: string;
  m2PerChild: string;
  ratioUnder3: string;
  ratioFullDay: string;
  ratioPartDay: string;
  migration: { postalCode: string; pctPerYear: string }[];
  housing: { postalCode: string; year: string; dwellings: string; floorAreaM2: string }[];
  participation: { age: string; pp: string; fromYear: string }[];
  open: {
    unitId: string;
    nameFi: string;
    postalCode: string;
    lon: string;
    lat: string;
    capacityUnder3: string;
    capacity3plus: string;
    openingYear: string;
  }[];
  close: { unitId: string; year: string }[];
  capacity: { unitId: string; year: string; under3Delta: string; plus3Delta: string }[];
}

export const emptyState = (name: string): FormState => ({
  name,
  author: '',
  description: '',
  births: '',
  migrationAll: '',
  fromYear: '',
  m2PerChild: '',
  ratioUnder3: '',
  ratioFullDay: '',
  ratioPartDay: '',
  migration: [],
  housing: [],
  participation: [],
  open: [],
  close: [],
  capacity: [],
});

const numOrText = (s: string): number | string | undefined => {
  const t = s.trim();
  if (t === '') return undefined;
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : t;
};
const text = (s: string) => (s.trim() === '' ? undefined : s.trim());
const nonEmpty = <T>(xs: T[]) => (xs.length ? xs : undefined);
const prune = (o: Record<string, unknown>) => {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return Object.keys(o).length ? o : undefined;
};

export function toDocument(s: FormState, municipalityCode: string): Record<string, unknown> {
  const doc: Record<string, unknown> = {
    name: s.name,
    author: text(s.author),
    description: text(s.description),
    births: s.births.trim() === '' ? undefined : { pct: numOrText(s.births) },
    fromYear: numOrText(s.fromYear),
    m2PerChild: numOrText(s.m2PerChild),
    ratios: prune({
      under3: numOrText(s.ratioUnder3),
      fullDay3plus: numOrText(s.ratioFullDay),
      partDay3plus: numOrText(s.ratioPartDay),
    }),
    // Area rows first (their indices match the form's rows), the municipality-wide rate last.
    migration: nonEmpty([
      ...s.migration.map(
        (m) => prune({ postalCode: text(m.postalCode) ?? '', pctPerYear: numOrText(m.pctPerYear) }) ?? {},
      ),
      ...(s.migrationAll.trim() === '' ? [] : [{ municipalityCode, pctPerYear: numOrText(s.migrationAll) }]),
    ]),
    housing: nonEmpty(
      s.housing.map(
        (h) =>
          prune({
            postalCode: text(h.postalCode) ?? '',
            year: numOrText(h.year),
            dwellings: numOrText(h.dwellings),
            floorAreaM2: numOrText(h.floorAreaM2),
          }) ?? {},
      ),
    ),
    participation: nonEmpty(
      s.participation.map(
        (p) => prune({ age: numOrText(p.age), pp: numOrText(p.pp), fromYear: numOrText(p.fromYear) }) ?? {},
      ),
    ),
    units: prune({
      open: nonEmpty(
        s.open.map(
          (u) =>
            prune({
              unitId: text(u.unitId) ?? '',
              nameFi: text(u.nameFi) ?? '',
              postalCode: text(u.postalCode) ?? '',
              municipalityCode,
              lon: numOrText(u.lon),
              lat: numOrText(u.lat),
              capacityUnder3: numOrText(u.capacityUnder3),
              capacity3plus: numOrText(u.capacity3plus),
              openingYear: numOrText(u.openingYear),
            }) ?? {},
        ),
      ),
      close: nonEmpty(s.close.map((c) => prune({ unitId: text(c.unitId) ?? '', year: numOrText(c.year) }) ?? {})),
      capacity: nonEmpty(
        s.capacity.map(
          (c) =>
            prune({
              unitId: text(c.unitId) ?? '',
              year: numOrText(c.year),
              under3Delta: numOrText(c.under3Delta),
              plus3Delta: numOrText(c.plus3Delta),
            }) ?? {},
        ),
      ),
    }),
  };
  return prune(doc) ?? { name: s.name };
}

const str = (v: number | string | undefined | null) => (v === undefined || v === null ? '' : String(v));

export function fromDocument(d: Scenario): FormState {
  return {
    name: d.name,
    author: d.author ?? '',
    description: d.description ?? '',
    births: str(d.births?.pct),
    fromYear: str(d.fromYear),
    migrationAll: str((d.migration ?? []).find((m) => !m.postalCode)?.pctPerYear),
    m2PerChild: str(d.m2PerChild),
    ratioUnder3: str(d.ratios?.under3),
    ratioFullDay: str(d.ratios?.fullDay3plus),
    ratioPartDay: str(d.ratios?.partDay3plus),
    migration: (d.migration ?? [])
      .filter((m) => m.postalCode)
      .map((m) => ({ postalCode: str(m.postalCode), pctPerYear: str(m.pctPerYear) })),
    housing: (d.housing ?? []).map((h) => ({
      postalCode: h.postalCode,
      year: str(h.year),
      dwellings: str(h.dwellings),
      floorAreaM2: str(h.floorAreaM2),
    })),
    participation: (d.participation ?? []).map((p) => ({ age: str(p.age), pp: str(p.pp), fromYear: str(p.fromYear) })),
    open: (d.units?.open ?? []).map((u) => ({
      unitId: u.unitId,
      nameFi: u.nameFi,
      postalCode: u.postalCode,
      lon: str(u.lon),
      lat: str(u.lat),
      capacityUnder3: str(u.capacityUnder3),
      capacity3plus: str(u.capacity3plus),
      openingYear: str(u.openingYear),
    })),
    close: (d.units?.close ?? []).map((c) => ({ unitId: c.unitId, year: str(c.year) })),
    capacity: (d.units?.capacity ?? []).map((c) => ({
      unitId: c.unitId,
      year: str(c.year),
      under3Delta: str(c.under3Delta),
      plus3Delta: str(c.plus3Delta),
    })),
  };
}
