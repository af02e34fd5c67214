import { z } from 'zod';
import type { Source } from '../../core/source';
import { parseRow } from '../../core/values';
import { PAAVO_LICENCE } from '../licences';
import { municipalityCodeSchema, polygonGeometrySchema, postalCodeSchema, vintageOfFileName } from './polygon-schema';
import { readGeoJsonFeatures } from './read-geojson';

/**
 * Statistics Finland's Paavo postal-area polygons (coastline-cut statistical areas), reprojected to WGS84:
 * properties postal_code, name, municipality, municipality_code, surface_area_m2.
 * The shipped Helsinki file is the 2025 Paavo geography and its name carries no year, hence the default.
 */
const DEFAULT_VINTAGE = 2025;

const featureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({
    postal_code: postalCodeSchema,
    name: z.string().min(1),
    municipality: z.string().min(1),
    municipality_code: municipalityCodeSchema,
    surface_area_m2: z.number().nonnegative().optional(),
  }),
  geometry: polygonGeometrySchema,
});

export const paavoGeometry: Source = {
  id: 'paavo-geometry',
  title: 'Paavo postal-area polygons (WGS84 GeoJSON)',
  ...PAAVO_LICENCE,
  matches: (relPath) => /(^|\/)geo\/(.*\/)?[^/]*paavo[^/]*\.geojson(\.gz)?$/i.test(relPath),
  load(file, sink) {
    const vintage = vintageOfFileName(file.relPath, DEFAULT_VINTAGE);
    for (const { line, feature } of readGeoJsonFeatures(file)) {
      const { properties: p, geometry } = parseRow(featureSchema, feature, file.relPath, line);
      sink.add('postal_geometry', {
        line,
        postal_code: p.postal_code,
        name_fi: p.name,
        name_sv: null,
        municipality_code: p.municipality_code,
        municipality_name: p.municipality,
        vintage,
        crs: 'EPSG:4326',
        geojson: JSON.stringify(geometry),
      });
    }
  },
};
