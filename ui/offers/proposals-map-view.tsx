'use client';

import dynamic from 'next/dynamic';

// Leaflet touches `window` when imported: the map is drawn in the browser only.
const ProposalsMap = dynamic(() => import('./proposals-map'), {
  ssr: false,
  loading: () => <div className="map-canvas map-loading" aria-hidden="true" />,
});

export function ProposalsMapView(p: { municipality: string; label: string; roundId: number; lang: string }) {
  return <ProposalsMap {...p} />;
}
