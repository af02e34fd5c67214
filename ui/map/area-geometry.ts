import type L from 'leaflet';
import type { MapUnit } from '@/domain/dashboard/types';
import { decodeGeometry, type EncodedArea } from '@/core/geo/codec';

/** The postal-area polygons of a municipality as the map draws them, and how areas and units look. */

export interface AreaStyle {
  fillColor: string;
  /** The 80 % interval is wide: drawn paler with a dashed outline. */
  wide: boolean;
}

interface GeometryResponse {
  areas: EncodedArea[];
  bounds: [[number, number], [number, number]] | null;
}

export interface AreaGeometry {
  features: GeoJSON.FeatureCollection;
  bounds: GeometryResponse['bounds'];
  count: number;
}

/** Loads and decodes the quantised geometry of /api/geometry (cached by the browser between visits). */
export async function fetchAreaGeometry(municipality: string, signal: AbortSignal): Promise<AreaGeometry> {
  const res = await fetch(`/api/geometry?municipality=${encodeURIComponent(municipality)}`, { signal });
  if (!res.ok) throw new Error(String(res.status));
  const data = (await res.json()) as GeometryResponse;
  return {
    features: {
      type: 'FeatureCollection',
      features: data.areas.map((a) => ({
        type: 'Feature',
        id: a.c,
        properties: { postal_code: a.c },
        geometry: decodeGeometry(a.p),
      })),
    },
    bounds: data.bounds,
    count: data.areas.length,
  };
}

const BASE_STYLE: L.PathOptions = { color: '#ffffff', weight: 0.8, opacity: 1 };

export function pathStyle(s: AreaStyle): L.PathOptions {
  return s.wide
    ? { ...BASE_STYLE, fillColor: s.fillColor, fillOpacity: 0.45, dashArray: '4 3', color: '#37474f', weight: 1 }
    : { ...BASE_STYLE, fillColor: s.fillColor, fillOpacity: 0.88, dashArray: undefined };
}

/** A unit marker: synthetic (illustrative) units dashed and purple, as in the legend. */
export function unitMarkerStyle(u: MapUnit): L.CircleMarkerOptions {
  return {
    radius: u.synthetic ? 4 : 4.5,
    color: u.synthetic ? '#7b1fa2' : '#1b1f24',
    weight: 1.5,
    dashArray: u.synthetic ? '2 2' : undefined,
    fillColor: u.synthetic ? '#f3e5f5' : '#ffffff',
    fillOpacity: 1,
  };
}
