import 'server-only';
import { explanationFacts } from '../../domain/wellbeing/explanation-facts';
import { indexFactorsOf, OUTCOMES } from '../../domain/wellbeing/indicator-catalogue';
import type { AreaProfile, ContributionRow, OutcomeView, WhatIfFactor } from '../../domain/wellbeing/views';
import { warehouse } from '../warehouse/warehouse';
import { discloseForecast, discloseIndex, discloseValue, wellbeingLimits } from './disclose';
import {
  queryArea,
  queryAreas,
  queryAssociations,
  queryContributions,
  queryExplanations,
  queryForecasts,
  queryGroups,
  queryIndex,
  queryLatestPopulation,
  queryValues,
  type ValueRow,
} from './wellbeing-sql';

/**
 * An area's profile: its index by year beside its group and the country, what the index is made of,
 * every catalogue value, and for a municipality the use of corrective services with forecasts, drivers
 * and what-if slopes. Every figure disclosure-controlled; null for an unknown area.
 */
export function fetchAreaProfile(code: string): Promise<AreaProfile | null> {
  return warehouse.memo(`wellbeing-area:${code}`, async () => {
    const geography = /^\d{5}$/.test(code) ? 'postal_area' : 'municipality';
    const area = await queryArea(geography, code);
    if (!area) return null;
    const groupKind = geography === 'municipality' ? 'region' : 'municipality';
    const [index, groups, values, people] = await Promise.all([
      queryIndex(geography, { area: code }),
      queryGroups(geography, [area.group_code ?? '', 'SSS']),
      queryValues(geography, [code]),
      queryLatestPopulation(geography),
    ]);
    const latestPeople = people.find((p) => p.area === code);
    const population = latestPeople?.population ?? null;
    const last = index[index.length - 1];
    const groupAt = (kind: string, year: number) =>
      groups.find((g) => (kind === 'SSS' ? g.group_code === 'SSS' : g.group_code === kind) && g.year === year);
    const contributions = last
      ? await contributionRows(
          geography,
          code,
          last.year,
          groupAt(area.group_code ?? '', last.year),
          groupAt('SSS', last.year),
          last.population,
        )
      : [];
    return {
      geography,
      code,
      nameFi: area.name_fi,
      nameSv: area.name_sv,
      group: area.group_code ? { code: area.group_code, name: area.group_name, kind: groupKind } : null,
      population: { ...discloseIndex(geography, population, population), year: latestPeople?.year ?? null },
      indexYear: last?.year ?? null,
      index: discloseIndex(geography, last?.index_value ?? null, last?.population ?? population),
      factorsUsed: last?.factors ?? 0,
      factorsAll: indexFactorsOf(geography).length,
      indexSeries: index.map((r) => ({
        year: r.year,
        area: discloseIndex(geography, r.index_value, r.population).value,
        group: groupAt(area.group_code ?? '', r.year)?.index_value ?? null,
        country: groupAt('SSS', r.year)?.index_value ?? null,
      })),
      contributions,
      values: values.map((v) => ({
        indicator: v.indicator,
        year: v.year,
        ...withStatus(discloseValue(v.indicator, v, v.population)),
      })),
      outcomes: geography === 'municipality' ? await outcomeViews(code, values, population) : [],
      postalAreas: geography === 'municipality' ? await postalAreasOf(code) : [],
      limits: wellbeingLimits(),
    };
  });
}

const withStatus = (d: { value: number | null; status: AreaProfile['index']['status'] }) => ({
  value: d.value,
  status: d.status,
});

async function contributionRows(
  geography: 'municipality' | 'postal_area',
  code: string,
  year: number,
  group: { contributions: string } | undefined,
  country: { contributions: string } | undefined,
  population: number | null,
): Promise<ContributionRow[]> {
  const rows = await queryContributions(geography, code, year);
  const shown = discloseIndex(geography, 0, population).status === 'ok';
  const parse = (g?: { contributions: string }) => (g ? (JSON.parse(g.contributions) as Record<string, number>) : {});
  const [inGroup, inCountry] = [parse(group), parse(country)];
  return indexFactorsOf(geography).map((f) => {
    const r = rows.find((x) => x.indicator === f.id);
    return {
      factor: f.id,
      value: shown ? (r?.value ?? null) : null,
      z: shown ? (r?.z ?? null) : null,
      contribution: shown ? (r?.contribution ?? null) : null,
      group: inGroup[f.id] ?? null,
      country: inCountry[f.id] ?? null,
    };
  });
}

async function outcomeViews(
  code: string,
  values: readonly ValueRow[],
  population: number | null,
): Promise<OutcomeView[]> {
  const [forecasts, explanations, associations] = await Promise.all([
    queryForecasts({ municipality: code }),
    queryExplanations(code),
    queryAssociations(),
  ]);
  const valueAt = (factor: string, year: number) =>
    values
      .filter((v) => v.indicator === factor && v.year <= year && v.value !== null)
      .sort((a, b) => b.year - a.year)[0];
  return OUTCOMES.filter((o) => o.geography === 'municipality').map((o) => {
    const own = forecasts.filter((f) => f.indicator === o.id);
    const origin = own[0]?.origin ?? null;
    const shownFacts = explanations
      .filter((e) => e.indicator === o.id)
      .filter((e) => {
        const v = valueAt(e.factor, origin ?? e.value);
        return v !== undefined && discloseValue(e.factor, v, v.population).status === 'ok';
      });
    const assoc = associations.filter((a) => a.indicator === o.id);
    const factors: WhatIfFactor[] =
      origin === null
        ? []
        : assoc.flatMap((a) => {
            const v = valueAt(a.factor, origin);
            if (!v || v.value === null || discloseValue(a.factor, v, v.population).status !== 'ok') return [];
            return [
              {
                factor: a.factor,
                perUnit: a.per_unit,
                current: v.value,
                min: Math.max(0, Math.min(v.value, a.mean - 2 * a.sd)),
                max: Math.max(v.value, a.mean + 2 * a.sd),
              },
            ];
          });
    return {
      indicator: o.id,
      origin,
      history: values
        .filter((v) => v.indicator === o.id)
        .map((v) => ({ year: v.year, ...withStatus(discloseValue(o.id, v, v.population)) })),
      forecasts: own.map((f) => discloseForecast(o.id, f, population)),
      drivers: explanationFacts(
        shownFacts.map((e) => ({ factor: e.factor, value: e.value, effect: e.effect })),
        3,
        0.05,
      ),
      association: assoc.length ? { r2: assoc[0].r2, factors } : null,
    };
  });
}

async function postalAreasOf(code: string): Promise<AreaProfile['postalAreas']> {
  const [rows, areas] = await Promise.all([queryIndex('postal_area', { group: code }), queryAreas('postal_area')]);
  const latest = new Map<string, (typeof rows)[number]>();
  for (const r of rows) if ((latest.get(r.area)?.year ?? 0) < r.year) latest.set(r.area, r);
  return areas
    .filter((a) => a.group_code === code && latest.has(a.area))
    .map((a) => {
      const r = latest.get(a.area)!;
      return {
        code: a.area,
        nameFi: a.name_fi,
        nameSv: a.name_sv,
        year: r.year,
        index: discloseIndex('postal_area', r.index_value, r.population),
      };
    });
}
