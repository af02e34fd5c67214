'use client';

import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { MapUnit } from '@/domain/dashboard/types';
import { fetchAreaGeometry, pathStyle, unitMarkerStyle, type AreaStyle } from './area-geometry';
import { useTooltipHost } from './tooltip-host';

export type { AreaStyle } from './area-geometry';

/**
 * The Leaflet map: postal-area polygons coloured by the caller, unit markers in their own pane, an
 * optional basemap. No tiles by default (offline); the polygons are the map. Plain Leaflet, driven by
 * effects: geometry loads once per municipality, a layer or year change only restyles. Tooltips are
 * React elements (rendered through a portal into the node Leaflet shows).
 */
export interface ChoroplethProps {
  municipality: string;
  label: string;
  styleFor: (postalCode: string) => AreaStyle;
  tooltipFor: (postalCode: string) => ReactNode;
  onOpen: (postalCode: string) => void;
  units: MapUnit[];
  showUnits: boolean;
  unitTooltip?: (unit: MapUnit) => ReactNode;
  tileUrl?: string;
  tileAttribution?: string;
  dataAttribution: string;
}

const TOOLTIP: L.TooltipOptions = { direction: 'top', className: 'area-tooltip', opacity: 1 };

export default function Choropleth(props: ChoroplethProps) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const areas = useRef<L.GeoJSON | null>(null);
  const latest = useRef(props);
  const [loaded, setLoaded] = useState<{ municipality: string; count: number } | null>(null);
  const areaTip = useTooltipHost((code: string) => props.tooltipFor(code));
  const unitTip = useTooltipHost((u: MapUnit) => props.unitTooltip?.(u) ?? null);
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
  const { contentFor: areaContent } = areaTip;
  useEffect(() => {
    const m = map.current;
    if (!m) return;
    const abort = new AbortController();
    fetchAreaGeometry(props.municipality, abort.signal)
      .then((data) => {
        areas.current?.remove();
        const layer = L.geoJSON(data.features, {
          style: (f) => pathStyle(latest.current.styleFor(String(f?.properties?.postal_code))),
          attribution: latest.current.dataAttribution,
          onEachFeature: (feature, l) => {
            const code = String(feature.properties?.postal_code);
            const path = l as L.Path;
            path.bindTooltip(() => areaContent(code), { ...TOOLTIP, sticky: true });
            path.on('click', () => latest.current.onOpen(code));
            path.on('mouseover', () => path.setStyle({ weight: 2.5, color: '#102a43' }).bringToFront());
            path.on('mouseout', () => layer.resetStyle(path));
          },
        }).addTo(m);
        areas.current = layer;
        if (data.bounds) m.fitBounds(data.bounds, { padding: [12, 12] });
        setLoaded({ municipality: props.municipality, count: data.count });
      })
      .catch((err: unknown) => {
        if ((err as Error).name !== 'AbortError') console.error('map geometry failed', err);
      });
    return () => abort.abort();
  }, [props.municipality, areaContent]);

  // Restyle when the layer, year or values change (no geometry reload).
  const { styleFor } = props;
  useEffect(() => {
    areas.current?.setStyle((f) => pathStyle(styleFor(String(f?.properties?.postal_code))));
  }, [styleFor, loaded]);

  // Unit markers in their own pane (above the areas, outside the overlay pane of the polygons).
  const { units, showUnits } = props;
  const { contentFor: unitContent } = unitTip;
  useEffect(() => {
    const m = map.current;
    if (!m || !showUnits || units.length === 0) return;
    const renderer = L.svg({ pane: 'units' });
    const group = L.layerGroup(
      units.map((u) =>
        L.circleMarker([u.lat, u.lon], { pane: 'units', renderer, ...unitMarkerStyle(u) }).bindTooltip(
          () => unitContent(u),
          TOOLTIP,
        ),
      ),
    ).addTo(m);
    return () => {
      group.remove();
    };
  }, [units, showUnits, unitContent]);

  return (
    <>
      <div
        ref={container}
        className="map-canvas"
        role="region"
        aria-label={props.label}
        data-testid="map"
        data-areas={loaded?.municipality === props.municipality ? loaded.count : undefined}
      />
      {areaTip.portal}
      {unitTip.portal}
    </>
  );
}
