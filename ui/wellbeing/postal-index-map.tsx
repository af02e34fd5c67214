'use client';

import dynamic from 'next/dynamic';
import { useRouter } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import type { PostalIndexMap as MapData } from '../../domain/wellbeing/views';
import { localName, type Lang } from '../../i18n';
import { formatIndex, statusText, wellbeingDictionary } from '../../i18n/wellbeing';
import type { AreaStyle } from '../map/choropleth';
import { indexScale } from './colour-scale';

// Leaflet touches `window` when imported: the shared tile-less choropleth is rendered in the browser only.
const Choropleth = dynamic(() => import('../map/choropleth'), {
  ssr: false,
  loading: () => <div className="map-canvas" />,
});

/** The postal areas of a capital-region municipality coloured by their index (the shared map component). */
export function PostalIndexMap(props: {
  lang: Lang;
  data: MapData;
  small: number;
  minimum: number;
  attribution: string;
}) {
  const { lang, data } = props;
  const t = wellbeingDictionary(lang);
  const router = useRouter();
  const scale = useMemo(() => indexScale(), []);
  const styleFor = useCallback(
    (code: string): AreaStyle => ({ fillColor: scale.colour(data.cells[code]?.v ?? null), wide: false }),
    [data, scale],
  );
  const text = (code: string) => {
    const cell = data.cells[code];
    if (!cell) return t.status.missing;
    return cell.v === null
      ? statusText(lang, cell.st, { minimum: props.minimum, small: props.small })
      : formatIndex(lang, cell.v);
  };
  const tooltipFor = (code: string) => {
    const name = data.names[code];
    return (
      <div>
        <strong>
          {code} {name ? localName(lang, name.fi, name.sv) : ''}
        </strong>
        <div>
          {t.index.name} {data.year}: {text(code)}
        </div>
      </div>
    );
  };
  return (
    <div data-testid="postal-index-map" data-year={data.year}>
      <Choropleth
        municipality={data.municipality}
        label={`${t.overview.postalHeading} (${data.year})`}
        styleFor={styleFor}
        tooltipFor={tooltipFor}
        onOpen={(code) => router.push(`/wellbeing/area/${code}?lang=${lang}`)}
        units={[]}
        showUnits={false}
        dataAttribution={props.attribution}
      />
    </div>
  );
}
