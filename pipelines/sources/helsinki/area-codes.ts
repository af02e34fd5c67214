/**
 * Canonical codes of the capital region's statistical areas, shared by every Helsinki-region source.
 *
 * Scheme (Aluesarjat's, made unambiguous): municipality code + the area's number without padding.
 *   Helsinki: '091' city, '0911' suurpiiri 1, '09110' osa-alue 10 (Kruununhaka), '091101P' peruspiiri 101,
 *   '091999' no area ('Muut' / 'Tuntematon'), '091998' / '091997' city-centre / suburb aggregates.
 *   Espoo: '0491' suuralue, '04911' tilastoalue, '049111' pienalue. Vantaa: '0921' suuralue, '09210' kaupunginosa.
 * Helsinki numbers peruspiiri and osa-alue from the same range (peruspiiri 101 Vironniemi, osa-alue 101
 * Vilhonvuori since the 2013 division). Aluesarjat marks only the colliding 2010 peruspiiri with 'P'
 * ('091201P' next to osa-alue '091201'); we mark EVERY peruspiiri with 'P', so that an osa-alue code of any
 * division ('09111010 010' of 2019 -> '09110') and a peruspiiri of the key figures ('101' -> '091101P')
 * can never mean two areas. An osa-alue keeps its official number across divisions: the same number is the
 * same osa-alue (renamed ones such as 204 Munkkisaari -> Hernesaari included); boundary changes are not tracked.
 */
export interface AreaRef {
  municipalityCode: string;
  areaCode: string;
  areaName: string;
  areaLevel: string;
}

const HELSINKI = '091';

/** Level of a Helsinki area number; `name` decides between peruspiiri and osa-alue (their numbers overlap). */
function helsinkiLevel(num: string, name: string): string | null {
  if (num === '999') return 'unallocated';
  if (num === '998' || num === '997') return 'aggregate';
  if (/^\d$/.test(num)) return /suurpiiri$/.test(name) ? 'suurpiiri' : null;
  if (/peruspiiri$/.test(name)) return /^\d{3}$/.test(num) ? 'peruspiiri' : null;
  return /^\d{2,3}$/.test(num) ? 'osa-alue' : null;
}

function regionLevel(municipality: string, num: string, name: string): string | null {
  if (num === '') return 'city';
  if (name === 'Muut') return 'unallocated';
  if (municipality === HELSINKI) return helsinkiLevel(num, name);
  const byDigits: Record<string, readonly string[]> = {
    '049': ['suuralue', 'tilastoalue', 'pienalue'],
    '092': ['suuralue', 'kaupunginosa'],
  };
  return byDigits[municipality]?.[num.length - 1] ?? null;
}

/** Builds the canonical reference for area number `num` ('' = the municipality itself). */
export function areaRef(municipality: string, num: string, name: string): AreaRef | string {
  const level = regionLevel(municipality, num, name);
  if (!level) return `cannot tell the area level of '${municipality} ${num} ${name}'`;
  const suffix = municipality === HELSINKI && level === 'peruspiiri' ? 'P' : '';
  return {
    municipalityCode: municipality,
    areaCode: `${municipality}${num}${suffix}`,
    areaName: name,
    areaLevel: level,
  };
}

const LABEL_RE = /^(\d{3})(?: (\d{1,3}))? (.+)$/;

/**
 * Aluesarjat area: code '091101' or '091201P' plus label '091 101 Vironniemen peruspiiri'. The code and the
 * label must agree, so a shifted or mistyped row cannot load under another area.
 */
export function aluesarjatArea(code: string, label: string): AreaRef | string {
  const m = LABEL_RE.exec(label.trim());
  if (!m) return `expected an area label like '091 101 Name', found '${label}'`;
  const [, municipality, num = '', name] = m;
  const ref = areaRef(municipality, num, name);
  if (typeof ref === 'string') return ref;
  const published = code.trim();
  if (published !== `${municipality}${num}` && published !== `${municipality}${num}P`) {
    return `area code '${published}' does not match its label '${label}'`;
  }
  if (published.endsWith('P') && ref.areaLevel !== 'peruspiiri')
    return `area code '${published}' marks a peruspiiri but '${label}' is not one`;
  return ref;
}

/** A label of the hierarchy file or housing forecast ('091 10 Kruununhaka'), no separate code. */
export function labelledArea(label: string): AreaRef | string {
  const m = LABEL_RE.exec(label.trim());
  if (!m) return `expected an area label like '091 10 Name', found '${label}'`;
  return areaRef(m[1], m[2] ?? '', m[3]);
}

/**
 * Statistics Finland style osa-alue label of 2019: '09111010 010 Kruununhaka' = 091, suurpiiri 1,
 * peruspiiri digit 1, osa-alue 010, then the osa-alue number again; '091999999 Tuntematon' = unknown area.
 */
export function osaAlueLabel2019(label: string): AreaRef | string {
  const unknown = /^(\d{3})999999 (.+)$/.exec(label.trim());
  if (unknown) return areaRef(unknown[1], '999', unknown[2]);
  const m = /^(\d{3})\d\d(\d{3}) (\d{3}) (.+)$/.exec(label.trim());
  if (!m || m[2] !== m[3]) return `expected an area label like '09111010 010 Name', found '${label}'`;
  return areaRef(m[1], String(Number(m[2])), m[4]);
}

/** Key-figure area codes: '000' Helsinki, '1'..'8' suurpiiri, '101'..'801' peruspiiri. */
export function keyFigureArea(code: string, name: string): AreaRef | string {
  const c = code.trim();
  if (c === '000') return areaRef(HELSINKI, '', name);
  if (!/^\d{1,3}$/.test(c) || c.length === 2)
    return `expected '000', a suurpiiri digit or a peruspiiri number, found '${code}'`;
  return areaRef(HELSINKI, c, name);
}
