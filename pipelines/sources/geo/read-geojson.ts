import { z } from 'zod';
import { LoadError } from '../../core/load-error';
import { readRawText, type RawFile } from '../../core/read-raw-file';
import { parseRow } from '../../core/values';

/** A feature as read; each source validates its own properties and geometry. `line` is the 1-based feature index. */
export interface RawFeature {
  line: number;
  feature: unknown;
}

const collectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  // GeoJSON (RFC 7946) is WGS84 lon/lat; an old-style `crs` member naming anything else (e.g. EPSG:3067) is refused.
  crs: z
    .object({ properties: z.object({ name: z.string() }) })
    .superRefine((crs, ctx) => {
      const name = crs.properties.name;
      if (!/CRS84|EPSG:+4326$/i.test(name)) {
        ctx.addIssue({
          code: 'custom',
          message: `coordinates are in ${name}; expected WGS84 lon/lat (EPSG:4326) - reproject the file first`,
        });
      }
    })
    .optional(),
  features: z.array(z.unknown()).min(1, 'the collection has no features'),
});

/** Line of a JSON.parse failure, from the position or line V8 puts in its message (0 when it gives neither). */
function lineOfJsonError(text: string, message: string): number {
  const line = /\(line (\d+) column \d+\)/.exec(message);
  if (line) return Number(line[1]);
  const position = /at position (\d+)/.exec(message);
  return position ? text.slice(0, Number(position[1])).split('\n').length : 0;
}

/** Reads a GeoJSON FeatureCollection (gunzipped, strict UTF-8) and returns its features in order. */
export function readGeoJsonFeatures(file: RawFile): RawFeature[] {
  const text = readRawText(file);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const reason = (err as Error).message;
    throw new LoadError(file.relPath, lineOfJsonError(text, reason), 'json', `not valid JSON (${reason})`);
  }
  const collection = parseRow(collectionSchema, json, file.relPath, 0);
  return collection.features.map((feature, i) => ({ line: i + 1, feature }));
}
