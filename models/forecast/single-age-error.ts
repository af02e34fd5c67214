import type { DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import { readRows } from '../../core/warehouse/with-warehouse';
import { profileAt, sixYearShares, type AgeProfile } from './single-age';

/**
 * The error of the six-year-old split alone, measured where single ages are published: Helsinki
 * osa-alue 1991-2009. From each origin, the split predicts the 6-year-olds at origin + h given the
 * true 3-6 count then; it is compared with a constant city share (the simple alternative).
 */
export interface SplitError {
  horizon: number;
  n: number;
  mape: number;
  mapeConstantShare: number;
}

const rowSchema = z.object({
  area_code: z.string(),
  year: z.coerce.number().int(),
  age: z.coerce.number().int(),
  persons: z.coerce.number(),
});

export async function measureSplitError(
  connection: DuckDBConnection,
  profiles: readonly AgeProfile[],
  minChildren = 20,
): Promise<SplitError[]> {
  const rows = z.array(rowSchema).parse(
    await readRows(
      connection,
      `
    SELECT area_code, year, age::INTEGER AS age, value AS persons FROM public_subarea_series
    WHERE source = 'aluesarjat-single-age' AND area_level = 'osa-alue' AND variable = 'population' AND sex = 'total'
      AND language = 'total' AND age IN ('0','1','2','3','4','5','6') AND value IS NOT NULL`,
    ),
  );
  const ages = new Map<string, number[]>();
  for (const r of rows) {
    const key = `${r.area_code}|${r.year}`;
    const a = ages.get(key) ?? Array<number>(7).fill(0);
    a[r.age] = r.persons;
    ages.set(key, a);
  }
  const out: SplitError[] = [];
  for (let h = 1; h <= 5; h++) {
    let split = 0;
    let constant = 0;
    let n = 0;
    for (const [key, a] of ages) {
      const [area, yearText] = key.split('|');
      const origin = Number(yearText);
      const later = ages.get(`${area}|${origin + h}`);
      if (!later || later[6] < minChildren) continue;
      const c36Later = later[3] + later[4] + later[5] + later[6];
      const profile = profileAt(profiles, origin);
      const share = sixYearShares(a[0] + a[1] + a[2], a[3] + a[4] + a[5] + a[6], profile, h)[h - 1];
      split += Math.abs(share * c36Later - later[6]) / later[6];
      constant += Math.abs(profile.within36[3] * c36Later - later[6]) / later[6];
      n++;
    }
    out.push({ horizon: h, n, mape: (100 * split) / n, mapeConstantShare: (100 * constant) / n });
  }
  return out;
}
