'use client';

import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, useState } from 'react';
import { fetchAreaGeometry } from '@/ui/map/area-geometry';
import { RULE_COLOURS } from './rule-colours';

/**
 * The proposals on a map (Leaflet, no tiles: the postal-area polygons are the map, as on the situation
 * map): units as circles sized by their places and coloured by how full the proposal makes them, children's
 * homes as dots coloured by the rule of their proposal. Clicking a unit draws lines to the children
 * proposed there. The page lists the same proposals as a table, for keyboards and screen readers.
 */
export interface MapUnit {
  unitId: string;
  name: string;
  lon: number;
  lat: number;
  places: number;
  proposed: number;
}

export interface MapChild {
  childId: string;
  lon: number;
  lat: number;
  unitId: string | null;
  rule: string | null;
  label: string;
}

const fillColour = (u: MapUnit) =>
  u.proposed >= u.places ? '#b71c1c' : u.proposed / Math.max(1, u.places) > 0.9 ? '#f9a825' : '#2e7d32';

interface ProposalsPayload {
  units: MapUnit[];
  children: (Omit<MapChild, 'label'> & { unitName: string | null; reason: string | null; distanceKm: number | null })[];
}

export default function ProposalsMap(p: { municipality: string; label: string; roundId: number; lang: string }) {
  const [data, setData] = useState<{ units: MapUnit[]; children: MapChild[] } | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    fetch(`/api/offers/rounds/${p.roundId}/proposals?lang=${p.lang}`, { signal: abort.signal, cache: 'no-store' })
      .then((r) => (r.ok ? (r.json() as Promise<ProposalsPayload>) : null))
      .then((d) => {
        if (!d) return;
        setData({
          units: d.units,
          children: d.children.map((c) => ({
            ...c,
            label: `${c.childId}: ${c.unitName ?? '–'}${c.distanceKm !== null ? ` (${c.distanceKm} km)` : ''}${c.reason ? ` – ${c.reason}` : ''}`,
          })),
        });
      })
      .catch(() => undefined);
    return () => abort.abort();
  }, [p.roundId, p.lang]);
  return data ? (
    <MapCanvas municipality={p.municipality} label={p.label} units={data.units} homes={data.children} />
  ) : (
    <div className="map-canvas map-loading" aria-hidden="true" />
  );
}

function MapCanvas(p: { municipality: string; label: string; units: MapUnit[]; homes: MapChild[] }) {
  const container = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!container.current) return;
    const map = L.map(container.current, { zoomSnap: 0.25, minZoom: 8, maxZoom: 17 });
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    map.setView([60.19, 24.94], 11);
    map.createPane('homes').style.zIndex = '420';
    map.createPane('units').style.zIndex = '450';
    const abort = new AbortController();
    const lines = L.layerGroup().addTo(map);
    fetchAreaGeometry(p.municipality, abort.signal)
      .then((g) => {
        L.geoJSON(g.features, {
          style: { color: '#ffffff', weight: 0.8, fillColor: '#cfd8dc', fillOpacity: 0.8 },
        }).addTo(map);
        if (g.bounds) map.fitBounds(g.bounds, { padding: [8, 8] });
        setReady(true);
      })
      .catch(() => undefined);
    const canvas = L.canvas({ pane: 'homes' });
    for (const c of p.homes)
      L.circleMarker([c.lat, c.lon], {
        renderer: canvas,
        pane: 'homes',
        radius: 2.5,
        weight: 0,
        fillOpacity: 0.85,
        fillColor: RULE_COLOURS[c.rule ?? 'unplaced'] ?? '#455a64',
      })
        .bindTooltip(c.label)
        .addTo(map);
    const byUnit = new Map<string, MapChild[]>();
    for (const c of p.homes) if (c.unitId) byUnit.set(c.unitId, [...(byUnit.get(c.unitId) ?? []), c]);
    const svg = L.svg({ pane: 'units' });
    for (const u of p.units)
      L.circleMarker([u.lat, u.lon], {
        renderer: svg,
        pane: 'units',
        radius: 3 + Math.sqrt(u.places) * 0.8,
        color: '#102a43',
        weight: 1,
        fillColor: fillColour(u),
        fillOpacity: 0.9,
      })
        .bindTooltip(`${u.name}: ${u.proposed} / ${u.places}`)
        .on('click', () => {
          lines.clearLayers();
          for (const c of byUnit.get(u.unitId) ?? [])
            L.polyline(
              [
                [u.lat, u.lon],
                [c.lat, c.lon],
              ],
              { color: RULE_COLOURS[c.rule ?? 'nearest'], weight: 1, opacity: 0.7, interactive: false },
            ).addTo(lines);
        })
        .addTo(map);
    return () => {
      abort.abort();
      map.remove();
    };
  }, [p.municipality, p.units, p.homes]);
  return (
    <div
      ref={container}
      className="map-canvas offers-map"
      role="region"
      aria-label={p.label}
      data-testid="proposals-map"
      data-ready={ready ? 'true' : undefined}
    />
  );
}
