'use client';

import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, useState } from 'react';
import type { MapUnit } from '@/domain/dashboard/types';
import { decodeGeometry, type EncodedArea } from '@/core/geo/codec';

/**
 * The Leaflet map: postal-area polygons coloured by the caller, unit markers in their own pane, an
 * optional basemap. No tiles by default (offline); the polygons are the map. Plain Leaflet, driven by
 * effects: geometry loads once per municipality, a layer or year change only restyles.
 */

export interface AreaStyle {
  fillColor: string;
  wide: boolean;
}

export interface ChoroplethProps {
  municipality: string;
  label: string;
  styleFor: (postalCode: string) => AreaStyle;
  tooltipFor: (postalCode: string) => HTMLElement;
  onOpen: (postalCode: string) => void;
  units: MapUnit[];
  showUnits: boolean;
  unitTooltip: (unit: MapUnit) => HTMLElement;
  tileUrl?: string;
  tileAttribution?: string;
  dataAttribution: string;
}

interface GeometryResponse {
  areas: EncodedArea[];
  bounds: [[number, number], [number, number]] | null;
}

function toFeatureCollection(data: GeometryResponse): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: data.areas.map((a) => ({
      type: 'Feature',
      id: a.c,
      properties: { postal_code: a.c },
      geometry: decodeGeometry(a.p),
    })),
  };
}

const BASE_STYLE: L.PathOptions = { color: '#ffffff', weight: 0.8, opacity: 1 };

function pathStyle(s: AreaStyle): L.PathOptions {
  return s.wide
    ? { ...BASE_STYLE, fillColor: s.fillColor, fillOpacity: 0.45, dashArray: '4 3', color: '#37474f', weight: 1 }
    : { ...BASE_STYLE, fillColor: s.fillColor, fillOpacity: 0.88, dashArray: undefined };
}

export default function Choropleth(props: ChoroplethProps) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const areas = useRef<L.GeoJSON | null>(null);
  const latest = useRef(props);
  const [loaded, setLoaded] = useState<{ municipality: string; count: number } | null>(null);
  useEffect(() => {
    latest.current = props;
  });

  // The map itself, once.
  useEffect(() => {
    if (!container.current) return;
    const m = L.map(container.current, {
      zoomSnap: 0.25,
      minZoom: 8,
      maxZoom: 17,
      attributionControl: true,
      preferCanvas: false,
    });
    m.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    m.createPane('units').style.zIndex = '450';
    m.setView([60.19, 24.94], 11);
    map.current = m;
    return () => {
      m.remove();
      map.current = null;
    };
  }, []);

  // Optional basemap.
  useEffect(() => {
    const m = map.current;
    if (!m || !props.tileUrl) return;
    const tiles = L.tileLayer(props.tileUrl, { attribution: props.tileAttribution, maxZoom: 19 }).addTo(m);
    return () => {
      tiles.remove();
    };
  }, [props.tileUrl, props.tileAttribution]);

  // Polygons of the municipality.
  useEffect(() => {
    const m = map.current;
    if (!m) return;
    const abort = new AbortController();
    fetch(`/api/geometry?municipality=${encodeURIComponent(props.municipality)}`, { signal: abort.signal })
      .then((r) => (r.ok ? (r.json() as Promise<GeometryResponse>) : Promise.reject(new Error(String(r.status)))))
      .then((data) => {
        areas.current?.remove();
        const layer = L.geoJSON(toFeatureCollection(data), {
          style: (f) => pathStyle(latest.current.styleFor(String(f?.properties?.postal_code))),
          attribution: latest.current.dataAttribution,
          onEachFeature: (feature, l) => {
            const code = String(feature.properties?.postal_code);
            const path = l as L.Path;
            path.bindTooltip(() => latest.current.tooltipFor(code), {
              sticky: true,
              direction: 'top',
              className: 'area-tooltip',
              opacity: 1,
            });
            path.on('click', () => latest.current.onOpen(code));
            path.on('mouseover', () => path.setStyle({ weight: 2.5, color: '#102a43' }).bringToFront());
            path.on('mouseout', () => layer.resetStyle(path));
          },
        }).addTo(m);
        areas.current = layer;
        if (data.bounds) m.fitBounds(data.bounds, { padding: [12, 12] });
        setLoaded({ municipality: props.municipality, count: data.areas.length });
      })
      .catch((err: unknown) => {
        if ((err as Error).name !== 'AbortError') console.error('map geometry failed', err);
      });
    return () => abort.abort();
  }, [props.municipality]);

  // Restyle when the layer, year or values change (no geometry reload).
  const { styleFor } = props;
  useEffect(() => {
    areas.current?.setStyle((f) => pathStyle(styleFor(String(f?.properties?.postal_code))));
  }, [styleFor, loaded]);

  // Unit markers in their own pane (above the areas, outside the overlay pane of the polygons).
  const { units, showUnits } = props;
  useEffect(() => {
    const m = map.current;
    if (!m || !showUnits || units.length === 0) return;
    const renderer = L.svg({ pane: 'units' });
    const group = L.layerGroup(
      units.map((u) =>
        L.circleMarker([u.lat, u.lon], {
          pane: 'units',
          renderer,
          radius: u.synthetic ? 4 : 4.5,
          color: u.synthetic ? '#7b1fa2' : '#1b1f24',
          weight: 1.5,
          dashArray: u.synthetic ? '2 2' : undefined,
          fillColor: u.synthetic ? '#f3e5f5' : '#ffffff',
          fillOpacity: 1,
        }).bindTooltip(() => latest.current.unitTooltip(u), {
          direction: 'top',
          className: 'area-tooltip',
          opacity: 1,
        }),
      ),
    ).addTo(m);
    return () => {
      group.remove();
    };
  }, [units, showUnits]);

  return (
    <div
      ref={container}
      className="map-canvas"
      role="region"
      aria-label={props.label}
      data-testid="map"
      data-areas={loaded?.municipality === props.municipality ? loaded.count : undefined}
    />
  );
}
