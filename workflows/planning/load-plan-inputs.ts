import type { DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import { assumptionsFor, type PlanningConfig } from '../../domain/planning/config';
import { areaFactors } from '../../domain/planning/participation';
import type { PlanArea, PlanInputs } from '../../domain/planning/plan-types';
import type { EceUnit } from '../../domain/planning/unit';
import { readRows, relationExists } from '../../core/warehouse/with-warehouse';
import { loadAreaContext } from './load-area-context';
import { loadChildren, type ForecastBasis } from './load-children';
import { loadParameters } from './load-parameters';

/**
 * Everything the planning engine needs, read once from the warehouse; scenarios then recompute in
 * memory (domain/planning/engine.ts) without touching the database.
 */
export interface LoadedInputs {
  inputs: PlanInputs;
  basis: ForecastBasis & { rateYear: number; units: number; syntheticUnits: number; unitFiles: string[] };
}

/** Used when Paavo gives no mean dwelling size for an area (roughly the Finnish mean, m2). */
const DEFAULT_DWELLING_M2 = 70;

const unitSchema = z.object({
  unit_id: z.string(),
  name_fi: z.string(),
  name_sv: z.string().nullable(),
  language: z.enum(['fi', 'sv', 'en', 'other']),
  provider: z.enum(['municipal', 'private']),
  lon: z.coerce.number(),
  lat: z.coerce.number(),
  postal_code: z.string(),
  municipality_code: z.string(),
  capacity_under3: z.coerce.number(),
  capacity_3plus: z.coerce.number(),
  floor_area_m2: z.coerce.number().nullable(),
  opening_year: z.coerce.number(),
  closing_year: z.coerce.number().nullable(),
  preschool: z.boolean(),
  synthetic: z.boolean(),
  source_file: z.string(),
});

export async function loadUnits(connection: DuckDBConnection): Promise<{ units: EceUnit[]; files: string[] }> {
  if (!(await relationExists(connection, 'public_units'))) {
    throw new Error(
      'the warehouse has no public_units view: run `npm run ingest` with the units source registered (pipelines/sql/units.sql, plan-views.sql)',
    );
  }
  const rows = z.array(unitSchema).parse(await readRows(connection, 'SELECT * FROM public_units ORDER BY unit_id'));
  const units = rows.map((r): EceUnit => ({
    unitId: r.unit_id,
    nameFi: r.name_fi,
    nameSv: r.name_sv,
    language: r.language,
    provider: r.provider,
    lon: r.lon,
    lat: r.lat,
    postalCode: r.postal_code,
    municipalityCode: r.municipality_code,
    capacityUnder3: r.capacity_under3,
    capacity3plus: r.capacity_3plus,
    floorAreaM2: r.floor_area_m2,
    openingYear: r.opening_year,
    closingYear: r.closing_year,
    preschool: r.preschool,
    synthetic: r.synthetic,
  }));
  return { units, files: [...new Set(rows.map((r) => r.source_file))].sort() };
}

/** `units` replaces the warehouse registry (the benchmark uses it before the units source is wired in). */
export async function loadPlanInputs(
  connection: DuckDBConnection,
  config: PlanningConfig,
  override?: { units: EceUnit[]; files: string[] },
): Promise<LoadedInputs> {
  const [{ areas: children, basis }, parameters, context, { units, files }] = [
    await loadChildren(connection),
    await loadParameters(connection),
    await loadAreaContext(connection),
    override ?? (await loadUnits(connection)),
  ];
  // Participation factors: weights are each area's latest observed 0-2 count.
  const latest02 = (years: PlanArea['years']) =>
    [...years].reverse().find((y) => !y.isForecast && y.c02)?.c02?.mean ?? 0;
  const byMunicipality = new Map<string, typeof children>();
  for (const c of children)
    byMunicipality.set(c.municipalityCode, [...(byMunicipality.get(c.municipalityCode) ?? []), c]);
  const factorsByMunicipality = new Map<string, Map<string, number>>();
  for (const [code, areas] of byMunicipality) {
    factorsByMunicipality.set(
      code,
      areaFactors(
        areas.map((a) => ({
          key: a.postalCode,
          municipalityCode: code,
          covariate: context.get(a.postalCode)?.employmentRate ?? null,
          weight: latest02(a.years),
        })),
        assumptionsFor(config, code).areaAdjustment,
      ),
    );
  }
  const areas: PlanArea[] = children.map((c) => {
    const ctx = context.get(c.postalCode);
    return {
      postalCode: c.postalCode,
      municipalityCode: c.municipalityCode,
      point: ctx?.point ?? null,
      participationFactor: factorsByMunicipality.get(c.municipalityCode)?.get(c.postalCode) ?? 1,
      dwellingSizeM2: ctx?.dwellingSizeM2 ?? DEFAULT_DWELLING_M2,
      years: c.years,
    };
  });
  return {
    inputs: { areas, parameters, units, config },
    basis: {
      ...basis,
      rateYear: parameters.get('SSS')!.rateYear,
      units: units.length,
      syntheticUnits: units.filter((u) => u.synthetic).length,
      unitFiles: files,
    },
  };
}
