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
import type { Lang } from '../../i18n';
import { formatIndex, wellbeingDictionary } from '../../i18n/wellbeing';

const COLOURS = ['#0b3d91', '#b35806', '#1b7837', '#762a83', '#4d4d4d', '#c51b7d'];

/** The index of the compared municipalities by year, one line each. */
export function CompareChart(props: {
  lang: Lang;
  series: { name: string; points: { year: number; value: number | null }[] }[];
  title: string;
}) {
  const t = wellbeingDictionary(props.lang);
  const years = [...new Set(props.series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  const data = years.map((year) => ({
    year,
    ...Object.fromEntries(props.series.map((s, i) => [`m${i}`, s.points.find((p) => p.year === year)?.value ?? null])),
  }));
  const fmt = (v: number) => formatIndex(props.lang, v);
  return (
    <figure className="chart" data-testid="compare-chart">
      <figcaption>{props.title}</figcaption>
      <div className="chart-box" role="img" aria-label={t.area.chartFor(props.title)}>
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 360, height: 220 }}>
          <LineChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
            <CartesianGrid stroke="#e3e7ec" vertical={false} />
            <XAxis dataKey="year" type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} fontSize={12} />
            <YAxis width={48} tickFormatter={fmt} fontSize={12} />
            <ReferenceLine y={0} stroke="#8a96a3" strokeDasharray="3 3" />
            <Tooltip formatter={(v) => (typeof v === 'number' ? fmt(v) : String(v))} />
            <Legend />
            {props.series.map((s, i) => (
              <Line
                key={s.name}
                dataKey={`m${i}`}
                name={s.name}
                stroke={COLOURS[i % COLOURS.length]}
                strokeWidth={2}
                isAnimationActive={false}
                connectNulls={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
