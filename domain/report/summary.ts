import type { ReportRow } from './capacity-report';

/**
 * The written summary of a capacity report: the biggest shortfalls in the last year planned (and the
 * first forecast year when it differs), generated from the numbers. Pure; three languages.
 */
export type SummaryLang = 'fi' | 'sv' | 'en';

const nf = (lang: SummaryLang) =>
  new Intl.NumberFormat(lang === 'en' ? 'en-GB' : lang === 'sv' ? 'sv-FI' : 'fi-FI', { maximumFractionDigits: 0 });

const T = {
  fi: {
    none: (y: number) => `Vuonna ${y} yhdelläkään suuralueella ei ole paikkavajetta.`,
    unknown: (y: number) =>
      `Vuoden ${y} kapasiteettia ei tiedetä (yksikkörekisterissä ei ole kunnan yksiköitä), joten vajetta ei voi laskea.`,
    lead: (y: number, n: number) => `Vuonna ${y} paikkoja puuttuu eniten ${n === 1 ? 'suuralueella' : 'suuralueilla'}:`,
    item: (d: string, gap: string, lo: string | null, hi: string | null) =>
      `${d} (noin ${gap} paikkaa${lo && hi ? `; kysyntä 80 %:n välillä ${lo}–${hi}` : ''})`,
    total: (gap: string, m2: string, fte: string) =>
      `Vajeellisilla alueilla puuttuu yhteensä noin ${gap} paikkaa eli ${m2} m²; henkilöstötarve niillä on noin ${fte} htv.`,
    synthetic:
      'Kapasiteetti perustuu osin synteettisiin (keksittyihin) esimerkkiyksiköihin: vajeet ovat havainnollisia, eivät todellisia.',
  },
  sv: {
    none: (y: number) => `År ${y} saknas inga platser i något stordistrikt.`,
    unknown: (y: number) =>
      `Kapaciteten år ${y} är okänd (enhetsregistret har inga enheter i kommunen), så underskottet kan inte beräknas.`,
    lead: (y: number, n: number) => `År ${y} saknas flest platser i ${n === 1 ? 'stordistriktet' : 'stordistrikten'}:`,
    item: (d: string, gap: string, lo: string | null, hi: string | null) =>
      `${d} (cirka ${gap} platser${lo && hi ? `; efterfrågan 80 % intervall ${lo}–${hi}` : ''})`,
    total: (gap: string, m2: string, fte: string) =>
      `I områdena med underskott saknas sammanlagt cirka ${gap} platser eller ${m2} m²; personalbehovet där är cirka ${fte} årsverken.`,
    synthetic:
      'Kapaciteten bygger delvis på syntetiska (påhittade) exempelenheter: underskotten är illustrativa, inte verkliga.',
  },
  en: {
    none: (y: number) => `In ${y} no district has a shortfall of places.`,
    unknown: (y: number) =>
      `Capacity in ${y} is unknown (the units registry has no units in this municipality), so no shortfall can be computed.`,
    lead: (y: number, n: number) => `In ${y} the biggest shortfall${n === 1 ? ' is' : 's are'} in:`,
    item: (d: string, gap: string, lo: string | null, hi: string | null) =>
      `${d} (about ${gap} places${lo && hi ? `; demand 80 % interval ${lo}–${hi}` : ''})`,
    total: (gap: string, m2: string, fte: string) =>
      `Districts with a shortfall lack about ${gap} places or ${m2} m² in all; they need about ${fte} FTE of staff.`,
    synthetic: 'Capacity rests partly on synthetic (invented) demo units: the shortfalls are illustrative, not real.',
  },
} as const;

function yearSummary(rows: readonly ReportRow[], year: number, lang: SummaryLang, top: number): string {
  const t = T[lang];
  const f = nf(lang);
  if (!rows.some((r) => r.year === year && r.capacity !== null)) return t.unknown(year);
  const short = rows
    .filter((r) => r.year === year && r.gap !== null && r.gap > 0)
    .sort((a, b) => b.gap! - a.gap! || a.district.localeCompare(b.district));
  if (short.length === 0) return t.none(year);
  const shown = short.slice(0, top);
  const items = shown.map((r) =>
    t.item(
      r.district,
      f.format(r.gap!),
      r.demandLo80 === null ? null : f.format(r.demandLo80),
      r.demandHi80 === null ? null : f.format(r.demandHi80),
    ),
  );
  const sum = (k: 'gap' | 'gapM2' | 'staffFte') => short.reduce((s, r) => s + (r[k] ?? 0), 0);
  return `${t.lead(year, shown.length)} ${items.join(', ')}. ${t.total(f.format(sum('gap')), f.format(sum('gapM2')), f.format(sum('staffFte')))}`;
}

/** Paragraphs: the first forecast year, the last year, and a synthetic-data caveat when it applies. */
export function summariseReport(rows: readonly ReportRow[], lang: SummaryLang, top = 3): string[] {
  if (rows.length === 0) return [];
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const firstForecast = years.find((y) => rows.some((r) => r.year === y && r.isForecast));
  const last = years[years.length - 1];
  const out: string[] = [];
  if (firstForecast !== undefined && firstForecast !== last) out.push(yearSummary(rows, firstForecast, lang, top));
  out.push(yearSummary(rows, last, lang, top));
  if (rows.some((r) => r.syntheticCapacity)) out.push(T[lang].synthetic);
  return out;
}
