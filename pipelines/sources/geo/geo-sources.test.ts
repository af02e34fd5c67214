import { describe, expect, it } from 'vitest';
import { loadFixture, queryRows } from '../../../tests/builders/pipeline-support';
import { hriPostalAreas } from './hri-postal-areas';
import { paavoGeometry } from './paavo-geometry';

const square = [
  [
    [24.93, 60.16],
    [24.94, 60.16],
    [24.94, 60.17],
    [24.93, 60.17],
    [24.93, 60.16],
  ],
];
const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features }, null, 1);
const paavoFile = 'geo/helsinki_postal_areas_paavo_wgs84.geojson';
const hriFile = 'geo/capital_region_postal_areas_hri_2023_wgs84.geojson';
const paavoFeature = (props: object, coordinates: unknown = square) => ({
  type: 'Feature',
  properties: {
    postal_code: '00100',
    name: 'Helsinki keskusta - Etu-Töölö',
    municipality: 'Helsinki',
    municipality_code: '091',
    surface_area_m2: 2353278,
    ...props,
  },
  geometry: { type: 'Polygon', coordinates },
});

describe('postal-area polygons', () => {
  it('recognises the geometry files by name', () => {
    expect(paavoGeometry.matches('geo/helsinki_postal_areas_paavo_wgs84.geojson.gz')).toBe(true);
    expect(hriPostalAreas.matches('geo/capital_region_postal_areas_hri_2024_wgs84.geojson.gz')).toBe(true);
    expect(paavoGeometry.matches(hriFile)).toBe(false);
  });

  it('loads Paavo polygons with the default 2025 vintage and the feature index as line', async () => {
    const db = await loadFixture(
      paavoGeometry,
      paavoFile,
      collection(paavoFeature({}), paavoFeature({ postal_code: '00120', name: 'Punavuori', municipality_code: 91 })),
    );
    const rows = await queryRows(
      db,
      'SELECT line, postal_code, name_fi, municipality_code, municipality_name, vintage, crs, geojson FROM postal_geometry ORDER BY line',
    );
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({
      line: 2,
      postal_code: '00120',
      name_fi: 'Punavuori',
      municipality_code: '091',
      municipality_name: 'Helsinki',
      vintage: 2025,
      crs: 'EPSG:4326',
    });
    expect(JSON.parse(rows[0].geojson as string)).toEqual({ type: 'Polygon', coordinates: square });
  });

  it('loads HRI areas with Swedish names and the vintage of the file name', async () => {
    const feature = {
      type: 'Feature',
      id: '0',
      properties: {
        Posno: '02700',
        Toimip: 'KAUNIAINEN',
        Toimip_ru: 'GRANKULLA',
        Nimi: 'Kauniainen',
        Nimi_Ru: 'Grankulla',
        Kunta: 'Espoo',
        Kunta_nro: '049',
      },
      geometry: { type: 'MultiPolygon', coordinates: [square] },
    };
    const db = await loadFixture(hriPostalAreas, `${hriFile}.gz`, collection(feature));
    expect(
      await queryRows(db, 'SELECT postal_code, name_fi, name_sv, municipality_code, vintage FROM postal_geometry'),
    ).toEqual([
      { postal_code: '02700', name_fi: 'Kauniainen', name_sv: 'Grankulla', municipality_code: '049', vintage: 2023 },
    ]);
  });

  it('refuses coordinates outside Finland, e.g. projected metres, naming the feature', async () => {
    const metres = [
      [
        [384979, 6672361],
        [385979, 6672361],
        [385979, 6673361],
        [384979, 6672361],
      ],
    ];
    await expect(
      loadFixture(paavoGeometry, paavoFile, collection(paavoFeature({}), paavoFeature({}, metres))),
    ).rejects.toThrow(`${paavoFile}:2:geometry.coordinates.0.0: position outside Finland`);
  });

  it('refuses a bad postal code and a file in another CRS', async () => {
    await expect(
      loadFixture(paavoGeometry, paavoFile, collection(paavoFeature({ postal_code: '100' }))),
    ).rejects.toThrow(`${paavoFile}:1:properties.postal_code: expected a five-digit postal code`);
    const projected = JSON.stringify({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3067' } },
      features: [paavoFeature({})],
    });
    await expect(loadFixture(paavoGeometry, paavoFile, projected)).rejects.toThrow(
      `${paavoFile}:0:crs: coordinates are in urn:ogc:def:crs:EPSG::3067`,
    );
  });

  it('reports broken JSON with its line', async () => {
    await expect(
      loadFixture(paavoGeometry, paavoFile, '{"type": "FeatureCollection",\n"features": [\n{"type": 1 "x": 2}\n]}'),
    ).rejects.toThrow(new RegExp(`^${paavoFile}:3:json: not valid JSON`));
  });
});
