import { bboxOf, type Point } from '@/core/geo/geometry';
import type { AreaGeometry, Ring } from '@/core/geo/simplify';

/**
 * A small map for a phone, drawn on the server as SVG: the postal areas around the home and the offered
 * unit, with both marked. No tiles, no script: it shows on any browser, offline, without JavaScript.
 */
export interface MiniMapProps {
  label: string;
  polygons: ReadonlyMap<string, AreaGeometry>;
  home: Point & { label: string };
  unit: Point & { label: string };
  width?: number;
  height?: number;
}

const KM_PER_DEG = 111.2;

export function MiniMap({ label, polygons, home, unit, width = 340, height = 240 }: MiniMapProps) {
  const lat0 = (home.lat + unit.lat) / 2;
  const kx = Math.cos((lat0 * Math.PI) / 180);
  // At least 1.6 km across, and a margin around both points.
  const spanKm =
    Math.max(1.6, Math.abs(home.lon - unit.lon) * kx * KM_PER_DEG, Math.abs(home.lat - unit.lat) * KM_PER_DEG) * 1.5;
  const cx = (home.lon + unit.lon) / 2;
  const cy = lat0;
  const scale = Math.min(width, height) / (spanKm / KM_PER_DEG);
  const x = (lon: number) => width / 2 + (lon - cx) * kx * scale;
  const y = (lat: number) => height / 2 - (lat - cy) * scale;
  const view = {
    minLon: cx - width / 2 / (kx * scale),
    maxLon: cx + width / 2 / (kx * scale),
    minLat: cy - height / 2 / scale,
    maxLat: cy + height / 2 / scale,
  };
  const ring = (r: Ring) =>
    r.map(([lon, lat], i) => `${i === 0 ? 'M' : 'L'}${x(lon).toFixed(1)} ${y(lat).toFixed(1)}`).join('') + 'Z';
  const paths: { code: string; d: string }[] = [];
  for (const [code, g] of polygons) {
    const b = bboxOf(g);
    if (b.maxLon < view.minLon || b.minLon > view.maxLon || b.maxLat < view.minLat || b.minLat > view.maxLat) continue;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    paths.push({ code, d: polys.map((p) => p.map(ring).join('')).join('') });
  }
  return (
    <svg
      className="offers-mini-map"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby="mini-map-title"
      data-testid="family-map"
    >
      <title id="mini-map-title">{label}</title>
      <rect width={width} height={height} fill="#dbe9f4" />
      {paths.map((p) => (
        <path key={p.code} d={p.d} fill="#eef2e6" stroke="#90a4ae" strokeWidth={0.8} fillRule="evenodd" />
      ))}
      <line
        x1={x(home.lon)}
        y1={y(home.lat)}
        x2={x(unit.lon)}
        y2={y(unit.lat)}
        stroke="#37474f"
        strokeDasharray="4 3"
        strokeWidth={1.5}
      />
      <circle cx={x(home.lon)} cy={y(home.lat)} r={6} fill="#1565c0" stroke="#fff" strokeWidth={2} />
      <text x={x(home.lon) + 9} y={y(home.lat) + 4} className="offers-map-label">
        {home.label}
      </text>
      <rect
        x={x(unit.lon) - 7}
        y={y(unit.lat) - 7}
        width={14}
        height={14}
        fill="#b71c1c"
        stroke="#fff"
        strokeWidth={2}
      />
      <text x={x(unit.lon) + 10} y={y(unit.lat) + 4} className="offers-map-label">
        {unit.label}
      </text>
    </svg>
  );
}
