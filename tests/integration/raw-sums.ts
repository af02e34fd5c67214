import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * Independent reading of the raw Paavo files for cross-checking the warehouse: deliberately simple
 * (split on quotes/commas) and sharing no code with the pipelines.
 */
export interface RawTotals {
  /** `${year}|${ageGroup}` -> { areas, persons } over areas with a published value. */
  [key: string]: { areas: Set<string>; persons: number };
}

const readGz = (file: string) => gunzipSync(readFileSync(file)).toString('utf8');
const splitCsv = (line: string) =>
  (line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? []).map((f) => f.replace(/,$/, '').replace(/^"|"$/g, ''));

function add(totals: RawTotals, year: number, group: string, code: string, raw: string): void {
  const key = `${year}|${group}`;
  totals[key] ??= { areas: new Set(), persons: 0 };
  if (/^\d+$/.test(raw)) {
    totals[key].areas.add(code);
    totals[key].persons += Number(raw);
  }
}

export function sumRawPaavo(rawDir: string, municipalityFilter?: string): RawTotals {
  const totals: RawTotals = {};
  const perTopic = path.join(rawDir, 'paavo/finland-2012-2017-per-topic');
  for (const name of readdirSync(perTopic).filter((n) => n.startsWith('Population_structure_'))) {
    const [header, ...lines] = readGz(path.join(perTopic, name)).split('\n');
    const cols = splitCsv(header);
    const year = Number(/_(\d{4})\./.exec(name)![1]);
    const i02 = cols.findIndex((c) => c.startsWith('0-2 years'));
    const i36 = cols.findIndex((c) => c.startsWith('3-6 years'));
    for (const line of lines) {
      const f = splitCsv(line);
      const m = /^(\d{5}) .*\(\s*([^)]*?)\s*\)?\s*$/.exec(f[0] ?? '');
      if (!m || (municipalityFilter && m[2] !== municipalityFilter)) continue;
      add(totals, year, '0-2', m[1], f[i02]);
      add(totals, year, '3-6', m[1], f[i36]);
    }
  }
  const release = readGz(path.join(rawDir, 'paavo/release-2020-year-2018/postinumeroaineisto_helsinki.csv.gz')).split(
    '\n',
  );
  const rCols = splitCsv(release[0]);
  for (const line of release.slice(1).filter(Boolean)) {
    const f = splitCsv(line);
    add(totals, 2018, '0-2', f[0], f[rCols.indexOf('0-2-vuotiaat, 2018 (HE)')]);
    add(totals, 2018, '3-6', f[0], f[rCols.indexOf('3-6-vuotiaat, 2018 (HE)')]);
  }
  const dir12f7 = path.join(rawDir, 'paavo/helsinki-12f7');
  for (const name of readdirSync(dir12f7)) {
    const lines = readGz(path.join(dir12f7, name)).split('\n');
    const year = Number(splitCsv(lines[2])[2]);
    for (const line of lines.slice(3)) {
      const f = splitCsv(line);
      const group = f[1] === '0-2 years (HE)' ? '0-2' : f[1] === '3-6 years (HE)' ? '3-6' : null;
      if (group) add(totals, year, group, f[0].slice(0, 5), f[2]);
    }
  }
  return totals;
}
