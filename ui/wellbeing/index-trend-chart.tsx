'use client';

import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { IndexPoint } from '../../domain/wellbeing/views';
import type { Lang } from '../../i18n';
import { formatIndex, wellbeingDictionary } from '../../i18n/wellbeing';

/** The index of an area by year beside its group (region or municipality) and the whole country. */
export function IndexTrendChart(props: {
  lang: Lang;
  points: IndexPoint[];
  areaName: string;
  groupName: string;
  title: string;
}) {
  const t = wellbeingDictionary(props.lang);
  const fmt = (v: number) => formatIndex(props.lang, v);
  return (
    <figure className="chart" data-testid="index-trend-chart">
      <figcaption>{props.title}</figcaption>
      <div className="chart-box" role="img" aria-label={t.area.chartFor(props.title)}>
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 360, height: 220 }}>
          <LineChart data={props.points} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
            <CartesianGrid stroke="#e3e7ec" vertical={false} />
            <XAxis dataKey="year" type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} fontSize={12} />
            <YAxis width={48} tickFormatter={fmt} fontSize={12} />
            <ReferenceLine y={0} stroke="#8a96a3" strokeDasharray="3 3" />
            <Tooltip formatter={(v) => (typeof v === 'number' ? fmt(v) : String(v))} />
            <Legend />
            <Line
              dataKey="area"
              name={props.areaName}
              stroke="#0b3d91"
              strokeWidth={2.5}
              isAnimationActive={false}
              connectNulls={false}
            />
            <Line
              dataKey="group"
              name={props.groupName}
              stroke="#b35806"
              strokeWidth={1.5}
              strokeDasharray="5 4"
              dot={false}
              isAnimationActive={false}
            />
            <Line
              dataKey="country"
              name={t.index.country}
              stroke="#4d4d4d"
              strokeWidth={1.5}
              strokeDasharray="2 3"
              dot={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
