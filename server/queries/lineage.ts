import 'server-only';
import { z } from 'zod';
import { warehouse } from '../warehouse/warehouse';

/**
 * Warehouse metadata (coverage, lineage, attributions). Every SQL the web app runs lives in server/queries/ (one
 * module per area: areas, forecasts, plan, units, geometry); components import functions, never SQL.
 */
export const coverageRowSchema = z.object({
  source: z.string(),
  files: z.coerce.number(),
  first_year: z.coerce.number(),
  last_year: z.coerce.number(),
  years: z.array(z.coerce.number()),
  areas: z.coerce.number(),
  values: z.coerce.number(),
  suppressed_share: z.coerce.number(),
});
export type CoverageRow = z.infer<typeof coverageRowSchema>;

export const lineageRowSchema = z.object({
  source: z.string(),
  file: z.string(),
  sha256: z.string(),
  rows: z.coerce.number(),
  loaded_at: z.string(),
  licence: z.string(),
  attribution: z.string(),
});
export type LineageRow = z.infer<typeof lineageRowSchema>;

export const fetchCoverage = () => warehouse.query('SELECT * FROM public_coverage ORDER BY source', coverageRowSchema);

export const fetchLineage = () =>
  warehouse.query('SELECT * FROM public_lineage ORDER BY source, file', lineageRowSchema);

export const attributionSchema = z.object({ attribution: z.string(), licence: z.string() });

/** Distinct attributions of everything loaded: shown in every page footer. */
export const fetchAttributions = () =>
  warehouse.query('SELECT DISTINCT attribution, licence FROM public_lineage ORDER BY attribution', attributionSchema);

/** Attribution of the boundary data drawn on the map (shown in the map's attribution control). */
export const fetchGeometryAttributions = () =>
  warehouse.query(
    `SELECT DISTINCT attribution, licence FROM public_lineage
     WHERE source IN ('paavo-geometry', 'hri-postal-areas') ORDER BY attribution`,
    attributionSchema,
  );
