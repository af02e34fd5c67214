import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import { HELSINKI } from '../../domain/areas/codes';
import type { AreaGeometry } from '../../core/geo/simplify';
import type { SyntheticInputs } from '../../domain/planning/synthetic-units';
import { readRows } from '../../core/warehouse/with-warehouse';
import { loadVariableCatalogue } from '../../pipelines/catalogue/load-variable-catalogue';
import { hashFile } from '../../pipelines/core/read-raw-file';
import { runSqlFile } from '../../pipelines/core/run-sql-file';
import { Sink } from '../../pipelines/core/sink';
import { SOURCES } from '../../pipelines/registry';

/**
 * The real aggregates the synthetic Helsinki units are calibrated on, read from the shipped raw files
 * through the normal pipelines into a private in-memory warehouse - so the generator (and the test that
 * the committed file is its output) needs no built warehouse and cannot drift with later data.
 */
export const CALIBRATION_FILES = [
  'geo/helsinki_postal_areas_paavo_wgs84.geojson.gz',
  'paavo/helsinki-12f7/009_12f7_2021_all.csv.gz',
  'helsinki-areas/keyfigures-2011/helsinki_alueittain_keyfigures_by_peruspiiri_2011.csv.gz',
  'helsinki-areas/aluesarjat-1962-2010/helsinki_area_hierarchy_2010.csv.gz',
  'municipal/ece-participants-2022/ece_participants_by_age_municipality_2022.csv.gz',
  'municipal/ece-participants-2022/ece_participants_total_municipality_2022.csv.gz',
  'municipal/births-and-key-figures/kunta_maakunta_yhteys.csv.gz',
] as const;

/** Children of this Paavo year weight the placement of units (the newest year shipped when the file was made). */
export const CALIBRATION_YEAR = 2021;
export const SYNTHETIC_SEED = 20240091;
export const SYNTHETIC_HEADROOM = 0.03;

export async function openCalibrationWarehouse(rawDir: string): Promise<DuckDBConnection> {
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  await runSqlFile(connection, 'schema.sql');
  await runSqlFile(connection, 'units.sql');
  await loadVariableCatalogue(connection);
  const sink = await Sink.open(connection);
  for (const [i, relPath] of CALIBRATION_FILES.entries()) {
    const source = SOURCES.find((s) => s.matches(relPath));
    if (!source) throw new Error(`no pipeline recognises calibration file ${relPath}`);
    const absPath = path.join(rawDir, relPath);
    sink.startFile(i + 1);
    await source.load({ relPath, absPath, ...hashFile(absPath) }, sink);
    await connection.run(
      `INSERT INTO source_file VALUES ($id, $s, $f, 'x', 0, 0, now()::TIMESTAMP, 'CC BY 4.0', 'calibration')`,
      { id: i + 1, s: source.id, f: relPath },
    );
  }
  await sink.close();
  await runSqlFile(connection, 'transforms.sql');
  return connection;
}

const num = z.union([z.number(), z.string().transform(Number)]);

export async function readSyntheticInputs(connection: DuckDBConnection): Promise<SyntheticInputs> {
  const areas = z
    .array(z.object({ postal_code: z.string(), name_fi: z.string(), geojson: z.string(), children: num.nullable() }))
    .parse(
      await readRows(
        connection,
        `
    SELECT g.postal_code, g.name_fi, g.geojson, sum(p.persons) AS children
    FROM public_area_geometry g LEFT JOIN public_postal_population p
      ON p.postal_code = g.postal_code AND p.year = $y AND p.age_group IN ('0-2', '3-6') AND NOT p.suppressed
    WHERE g.municipality_code = $m GROUP BY ALL ORDER BY g.postal_code`,
        { y: CALIBRATION_YEAR, m: HELSINKI },
      ),
    );
  const districts = z
    .array(z.object({ code: z.string(), name: z.string(), units: num, children: num, sv: num, all: num }))
    .parse(
      await readRows(
        connection,
        `
    SELECT area_code AS code, any_value(area_name) AS name,
           max(value) FILTER (variable = 'kf_daycare_centres') AS units,
           max(value) FILTER (variable = 'kf_children_in_daycare_centres') AS children,
           max(value) FILTER (variable = 'population' AND language = 'sv') AS sv,
           sum(value) FILTER (variable = 'population' AND language IN ('fi', 'sv', 'other')) AS "all"
    FROM public_subarea_series WHERE source = 'helsinki-keyfigures' AND area_level = 'peruspiiri' AND municipality_code = $m
    GROUP BY area_code ORDER BY area_code`,
        { m: HELSINKI },
      ),
    );
  const [city] = z.array(z.object({ units: num })).parse(
    await readRows(
      connection,
      `
    SELECT value AS units FROM public_subarea_series
    WHERE source = 'helsinki-keyfigures' AND area_level = 'city' AND variable = 'kf_daycare_centres' AND municipality_code = $m`,
      { m: HELSINKI },
    ),
  );
  const subdivisions = z.array(z.object({ name: z.string(), districtCode: z.string() })).parse(
    await readRows(
      connection,
      `
    SELECT area_name AS name, parent_code AS "districtCode" FROM subarea_hierarchy
    WHERE municipality_code = $m AND area_level = 'osa-alue' AND parent_level = 'peruspiiri' ORDER BY area_code`,
      { m: HELSINKI },
    ),
  );
  const [ece] = z.array(z.object({ under3: num, total: num })).parse(
    await readRows(
      connection,
      `
    SELECT sum(value) FILTER (variable IN ('ece_children_age_0', 'ece_children_age_1', 'ece_children_age_2')) AS under3,
           max(value) FILTER (variable = 'ece_children_total') AS total
    FROM public_municipal_series WHERE municipality_code = $m`,
      { m: HELSINKI },
    ),
  );
  return {
    municipalityCode: HELSINKI,
    areas: areas.map((a) => ({
      postalCode: a.postal_code,
      nameFi: a.name_fi,
      geometry: JSON.parse(a.geojson) as AreaGeometry,
      children06: a.children ?? 0,
    })),
    districts: districts.map((d) => ({
      code: d.code,
      name: d.name,
      units: d.units,
      childrenInDaycare: d.children,
      swedishShare: d.all > 0 ? d.sv / d.all : 0,
    })),
    subdivisions,
    totalUnits: city.units,
    placesUnder3: ece.under3,
    places3plus: ece.total - ece.under3,
    headroom: SYNTHETIC_HEADROOM,
    seed: SYNTHETIC_SEED,
  };
}
