import { DuckDBTimestampValue, type DuckDBConnection } from '@duckdb/node-api';
import { INDICATORS } from '../../domain/wellbeing/indicator-catalogue';
import type { OutcomeDemand } from './compute-demand';
import type { Profiles } from './compute-profiles';
import { replaceRows } from './table-writer';

/**
 * Writes one complete wellbeing result into the derived store (every table replaced, then the basis):
 * the refresh calls it inside updateDerived, so readers see the old result or the new one, never a mix.
 */
export interface AreaName {
  geography: string;
  area: string;
  name_fi: string;
  name_sv: string | null;
  group_code: string | null;
  group_name: string | null;
  municipality_code: string | null;
}

export interface DistrictResult {
  area: string;
  indicator: string;
  observed: number;
  expected: number;
  baseline: number;
  clients: number | null;
}

export interface WellbeingResult {
  areas: AreaName[];
  profiles: Profiles[];
  demand: OutcomeDemand[];
  districts: DistrictResult[];
  basis: { dataFingerprint: string; codeDigest: string; smallCount: number; details: object };
}

function observed(profiles: readonly Profiles[], id: string) {
  const years = profiles.flatMap((p) => p.values.filter((v) => v.factor === id && v.value !== null));
  if (years.length === 0) return { observed_from: null, observed_to: null, observed_areas: 0 };
  const ys = years.map((v) => v.year);
  return {
    observed_from: Math.min(...ys),
    observed_to: Math.max(...ys),
    observed_areas: new Set(years.map((v) => v.area)).size,
  };
}

export async function storeWellbeing(connection: DuckDBConnection, r: WellbeingResult): Promise<void> {
  await replaceRows(
    connection,
    'wellbeing_indicator',
    [
      ['id', 'varchar'],
      ['title', 'varchar'],
      ['role', 'varchar'],
      ['service', 'varchar'],
      ['panel', 'varchar'],
      ['geography', 'varchar'],
      ['source', 'varchar'],
      ['year_from', 'smallint'],
      ['year_to', 'smallint'],
      ['year_kind', 'varchar'],
      ['direction', 'varchar'],
      ['unit', 'varchar'],
      ['measure', 'varchar'],
      ['in_index', 'boolean'],
      ['child_rate', 'boolean'],
      ['note', 'varchar'],
      ['observed_from', 'smallint'],
      ['observed_to', 'smallint'],
      ['observed_areas', 'integer'],
    ],
    INDICATORS.map((i) => ({
      ...i,
      year_from: i.years.from,
      year_to: i.years.to,
      year_kind: i.yearKind,
      in_index: i.inIndex,
      child_rate: i.childRate,
      ...observed(r.profiles, i.id),
    })),
  );
  await replaceRows(
    connection,
    'wellbeing_area',
    [
      ['geography', 'varchar'],
      ['area', 'varchar'],
      ['name_fi', 'varchar'],
      ['name_sv', 'varchar'],
      ['group_code', 'varchar'],
      ['group_name', 'varchar'],
      ['municipality_code', 'varchar'],
    ],
    r.areas,
  );
  const perGeo = <T extends object>(pick: (p: Profiles) => readonly T[]) =>
    r.profiles.flatMap((p) => pick(p).map((x) => ({ geography: p.geography, ...x })));
  await replaceRows(
    connection,
    'wellbeing_population',
    [
      ['geography', 'varchar'],
      ['area', 'varchar'],
      ['year', 'smallint'],
      ['population', 'double'],
    ],
    perGeo((p) => p.population),
  );
  await replaceRows(
    connection,
    'wellbeing_value',
    [
      ['geography', 'varchar'],
      ['area', 'varchar'],
      ['year', 'smallint'],
      ['indicator', 'varchar'],
      ['value', 'double'],
      ['status', 'varchar'],
      ['count_basis', 'double'],
    ],
    perGeo((p) =>
      p.values.map((v) => ({
        area: v.area,
        year: v.year,
        indicator: v.factor,
        value: v.value,
        status: v.status,
        count_basis: v.basis,
      })),
    ),
  );
  await replaceRows(
    connection,
    'wellbeing_yardstick',
    [
      ['geography', 'varchar'],
      ['indicator', 'varchar'],
      ['year', 'smallint'],
      ['mean', 'double'],
      ['sd', 'double'],
      ['areas', 'integer'],
    ],
    perGeo((p) => p.yardsticks.map((y) => ({ ...y, indicator: y.factor }))),
  );
  await replaceRows(
    connection,
    'wellbeing_index',
    [
      ['geography', 'varchar'],
      ['area', 'varchar'],
      ['year', 'smallint'],
      ['index_value', 'double'],
      ['factors', 'integer'],
    ],
    perGeo((p) =>
      p.index.map((v) => ({ area: v.area, year: v.year, index_value: v.index, factors: v.contributions.length })),
    ),
  );
  await replaceRows(
    connection,
    'wellbeing_index_contribution',
    [
      ['geography', 'varchar'],
      ['area', 'varchar'],
      ['year', 'smallint'],
      ['indicator', 'varchar'],
      ['value', 'double'],
      ['z', 'double'],
      ['weight', 'double'],
      ['contribution', 'double'],
    ],
    perGeo((p) =>
      p.index.flatMap((v) => v.contributions.map((c) => ({ area: v.area, year: v.year, indicator: c.factor, ...c }))),
    ),
  );
  await replaceRows(
    connection,
    'wellbeing_index_group',
    [
      ['geography', 'varchar'],
      ['group_kind', 'varchar'],
      ['group_code', 'varchar'],
      ['year', 'smallint'],
      ['index_value', 'double'],
      ['areas', 'integer'],
      ['population', 'double'],
      ['contributions', 'varchar'],
    ],
    perGeo((p) =>
      p.groups.map((g) => ({
        group_kind: g.kind,
        group_code: g.group,
        year: g.year,
        index_value: g.index,
        areas: g.areas,
        population: g.population,
        contributions: JSON.stringify(g.contributions),
      })),
    ),
  );
  const d = r.demand;
  await replaceRows(
    connection,
    'wellbeing_forecast',
    [
      ['indicator', 'varchar'],
      ['municipality_code', 'varchar'],
      ['origin', 'smallint'],
      ['horizon', 'smallint'],
      ['year', 'smallint'],
      ['mean', 'double'],
      ['lo80', 'double'],
      ['hi80', 'double'],
      ['model', 'varchar'],
      ['band', 'varchar'],
    ],
    d.flatMap((o) => o.forecasts.map((f) => ({ ...f, indicator: f.outcome, municipality_code: f.area }))),
  );
  await replaceRows(
    connection,
    'wellbeing_model_choice',
    [
      ['indicator', 'varchar'],
      ['origin', 'smallint'],
      ['horizon', 'smallint'],
      ['model', 'varchar'],
      ['mae_naive', 'double'],
      ['mae_ridge', 'double'],
      ['mae_tfjs', 'double'],
      ['n', 'integer'],
    ],
    d.flatMap((o) =>
      o.choices.map((c) => ({
        indicator: o.outcome,
        origin: o.origin,
        horizon: c.horizon,
        model: c.model,
        mae_naive: c.scores.naive?.mae,
        mae_ridge: c.scores.ridge?.mae,
        mae_tfjs: c.scores.tfjs?.mae,
        n: c.scores.naive?.n,
      })),
    ),
  );
  await replaceRows(
    connection,
    'wellbeing_backtest',
    [
      ['indicator', 'varchar'],
      ['horizon', 'smallint'],
      ['model', 'varchar'],
      ['n', 'integer'],
      ['origins', 'integer'],
      ['mae', 'double'],
      ['skill_vs_naive', 'double'],
      ['skill_vs_ridge', 'double'],
      ['coverage80', 'double'],
      ['chosen', 'varchar'],
    ],
    d.flatMap((o) =>
      o.backtest.map((c) => ({
        ...c,
        indicator: c.outcome,
        skill_vs_naive: c.skillVsNaive,
        skill_vs_ridge: c.skillVsRidge,
      })),
    ),
  );
  await replaceRows(
    connection,
    'wellbeing_association',
    [
      ['indicator', 'varchar'],
      ['origin', 'smallint'],
      ['factor', 'varchar'],
      ['per_sd', 'double'],
      ['per_unit', 'double'],
      ['sd', 'double'],
      ['mean', 'double'],
      ['r2', 'double'],
      ['n', 'integer'],
    ],
    d.flatMap((o) =>
      o.association
        ? o.association.factors.map((f) => ({
            indicator: o.outcome,
            origin: o.origin,
            ...f,
            per_sd: f.perSd,
            per_unit: f.perUnit,
            r2: o.association!.r2,
            n: o.association!.n,
          }))
        : [],
    ),
  );
  await replaceRows(
    connection,
    'wellbeing_explanation',
    [
      ['indicator', 'varchar'],
      ['area', 'varchar'],
      ['origin', 'smallint'],
      ['rank', 'smallint'],
      ['factor', 'varchar'],
      ['value', 'double'],
      ['effect', 'double'],
      ['direction', 'varchar'],
    ],
    d.flatMap((o) => {
      const byArea = new Map<string, typeof o.effects>();
      for (const e of o.effects) byArea.set(e.area, [...(byArea.get(e.area) ?? []), e]);
      return [...byArea].flatMap(([, effects]) =>
        [...effects]
          .sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect) || a.factor.localeCompare(b.factor))
          .map((e, i) => ({
            ...e,
            indicator: o.outcome,
            origin: o.origin,
            rank: i + 1,
            direction: e.effect >= 0 ? 'up' : 'down',
          })),
      );
    }),
  );
  await replaceRows(
    connection,
    'wellbeing_district',
    [
      ['area', 'varchar'],
      ['indicator', 'varchar'],
      ['observed', 'double'],
      ['expected', 'double'],
      ['baseline', 'double'],
      ['clients', 'double'],
    ],
    r.districts,
  );
  await connection.run('DELETE FROM wellbeing_basis');
  await connection.run('INSERT INTO wellbeing_basis VALUES ($at, $data, $code, $small, $details)', {
    at: new DuckDBTimestampValue(BigInt(Date.now()) * 1000n),
    data: r.basis.dataFingerprint,
    code: r.basis.codeDigest,
    small: r.basis.smallCount,
    details: JSON.stringify(r.basis.details),
  });
}
