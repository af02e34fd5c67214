import { z } from 'zod';
import { LoadError } from '../../core/load-error';
import type { Source } from '../../core/source';
import { parseRow } from '../../core/values';
import { HRI_POSTAL_LICENCE } from '../licences';
import { municipalityCodeSchema, polygonGeometrySchema, postalCodeSchema, vintageOfFileName } from './polygon-schema';
import { readGeoJsonFeatures } from './read-geojson';

/**
 * Helsinki Region Infoshare "Pääkaupunkiseudun postinumeroalueet" (Posti areas of Helsinki, Espoo, Vantaa,
 * Kauniainen, including sea areas), converted to WGS84 GeoJSON: Posno, Nimi, Nimi_Ru, Kunta, Kunta_nro.
 * Kept as published, including its oddities: 02700 Kauniainen is tagged Kunta=Espoo/049, and 01800
 * Klaukkala is tagged Kunta=Vantaa with Kunta_nro 543 (Nurmijärvi). The transform prefers the Paavo
 * polygons and the statistics' municipality for a code that has them.
 */
const featureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({
    Posno: postalCodeSchema,
    Nimi: z.string().min(1),
    Nimi_Ru: z.string().min(1).nullable(),
    Kunta: z.string().min(1),
    Kunta_nro: municipalityCodeSchema,
  }),
  geometry: polygonGeometrySchema,
});

export const hriPostalAreas: Source = {
  id: 'hri-postal-areas',
  title: 'Capital-region postal areas, HRI (WGS84 GeoJSON)',
  ...HRI_POSTAL_LICENCE,
  matches: (relPath) => /(^|\/)geo\/(.*\/)?[^/]*postal_areas_hri[^/]*\.geojson(\.gz)?$/i.test(relPath),
  load(file, sink) {
    // HRI publishes one file per year of the Posti geography; the year is part of the name.
    const vintage = vintageOfFileName(file.relPath, 0);
    if (vintage === 0)
      throw new LoadError(
        file.relPath,
        0,
        'file',
        'the file name must state the year of the postal geography (e.g. _2023_)',
      );
    for (const { line, feature } of readGeoJsonFeatures(file)) {
      const { properties: p, geometry } = parseRow(featureSchema, feature, file.relPath, line);
      sink.add('postal_geometry', {
        line,
        postal_code: p.Posno,
        name_fi: p.Nimi,
        name_sv: p.Nimi_Ru,
        municipality_code: p.Kunta_nro,
        municipality_name: p.Kunta,
        vintage,
        crs: 'EPSG:4326',
        geojson: JSON.stringify(geometry),
      });
    }
  },
};
