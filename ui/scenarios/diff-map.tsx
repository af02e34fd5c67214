'use client';

import dynamic from 'next/dynamic';
import { useCallback, useMemo } from 'react';
import type { AreaStyle } from '@/ui/map/choropleth';
import { dictionary, type Lang } from '@/i18n';
import type { ComparisonRow } from '@/domain/report/scenario-compare';
import { describeDemandChange, describeWithheld } from './comparison-format';

// Leaflet touches `window` when imported: the map is rendered in the browser only (as on /map).
const Choropleth = dynamic(() => import('@/ui/map/choropleth'), {
  ssr: false,
  loading: () => <div className="map-canvas map-loading" aria-hidden="true" />,
});

/** Diverging colours of the change in place demand (scenario - baseline), as in the table's classes. */
export function changeColour(change: number | null, status: ComparisonRow['status']): string {
  if (status !== 'ok' || change === null) return '#d5d9de';
  const a = Math.abs(change);
  if (a < 0.5) return '#f4f4f2';
  if (change > 0) return a >= 20 ? '#b8401c' : a >= 5 ? '#f7a986' : '#fde4d6';
  return a >= 20 ? '#2f6fae' : a >= 5 ? '#97c0e2' : '#dbe9f6';
}

/** The difference map: the dashboard's choropleth with a scenario-minus-baseline layer for one year. */
export function DiffMap(props: {
  lang: Lang;
  municipality: string;
  rows: ComparisonRow[];
  year: number;
  dataAttribution: string;
}) {
  const dict = dictionary(props.lang);
  const t = dict.scenarios;
  const shown = props.year;
  const byArea = useMemo(
    () => new Map(props.rows.filter((r) => r.year === shown).map((r) => [r.postalCode, r])),
    [props.rows, shown],
  );
  const styleFor = useCallback(
    (code: string): AreaStyle => {
      const r = byArea.get(code);
      return { fillColor: r ? changeColour(r.demandChange, r.status) : '#d5d9de', wide: false };
    },
    [byArea],
  );
  const tooltipFor = (code: string) => {
    const r = byArea.get(code);
    return (
      <div>
        <strong>
          {code} · {shown}
        </strong>
        <div>
          {!r
            ? dict.common.noData
            : r.status !== 'ok'
              ? describeWithheld(r, dict)
              : `${t.demand}: ${describeDemandChange(r, dict)}`}
        </div>
      </div>
    );
  };
  return (
    <div className="diff-map">
      <Choropleth
        municipality={props.municipality}
        label={`${t.diffMap} ${shown}`}
        styleFor={styleFor}
        tooltipFor={tooltipFor}
        onOpen={(code) => window.open(`/area/${code}?lang=${props.lang}`, '_self')}
        units={[]}
        showUnits={false}
        dataAttribution={props.dataAttribution}
      />
      <p className="note diff-legend">
        <span className="swatch" style={{ background: '#b8401c' }} /> {t.more} ·{' '}
        <span className="swatch" style={{ background: '#2f6fae' }} /> {t.less} ·{' '}
        <span className="swatch" style={{ background: '#d5d9de' }} /> &lt;5 / {dict.common.suppressed}
      </p>
    </div>
  );
}
