'use client';

import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Indicator } from '../../domain/wellbeing/indicator-schema';
import type { OutcomeView } from '../../domain/wellbeing/views';
import type { Lang } from '../../i18n';
import { formatMeasure, wellbeingDictionary } from '../../i18n/wellbeing';

/**
 * A corrective service's use by year and its forecast: the actual line, the forecast mean (dashed) and its
 * 80 % interval. Values are already disclosure-controlled on the server: withheld points are gaps.
 */
interface Point {
  year: number;
  actual?: number | null;
  mean?: number | null;
  band?: [number, number] | null;
}

export function pointsOf(o: OutcomeView): Point[] {
  const points: Point[] = o.history.map((h) => ({ year: h.year, actual: h.value }));
  const last = o.history.find((h) => h.year === o.origin);
  // The forecast line starts at the last actual value, so the two lines meet.
  if (last && last.value !== null)
    Object.assign(
      points.find((p) => p.year === o.origin)!,
      { mean: last.value, band: [last.value, last.value] },
    );
  for (const f of o.forecasts)
    points.push({
      year: f.year,
      mean: f.mean,
      band: f.mean !== null && f.lo80 !== null && f.hi80 !== null ? [f.lo80, f.hi80] : null,
    });
  return points.sort((a, b) => a.year - b.year);
}

export function OutcomeChart(props: { lang: Lang; outcome: OutcomeView; indicator: Indicator; title: string }) {
  const t = wellbeingDictionary(props.lang);
  const fmt = (v: number) => formatMeasure(props.lang, v, props.indicator.measure);
  return (
    <figure
      className="chart"
      data-testid={`outcome-chart-${props.indicator.id}`}
      data-forecasts={props.outcome.forecasts.length}
    >
      <figcaption>{props.title}</figcaption>
      <div className="chart-box" role="img" aria-label={t.area.chartFor(props.title)}>
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 360, height: 220 }}>
          <ComposedChart data={pointsOf(props.outcome)} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
            <CartesianGrid stroke="#e3e7ec" vertical={false} />
            <XAxis dataKey="year" type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} fontSize={12} />
            <YAxis width={56} tickFormatter={fmt} fontSize={12} />
            {props.outcome.origin !== null && (
              <ReferenceLine x={props.outcome.origin} stroke="#8a96a3" strokeDasharray="3 3" />
            )}
            <Tooltip formatter={(v) => (Array.isArray(v) ? v.map((x) => fmt(Number(x))).join('–') : fmt(Number(v)))} />
            <Area
              dataKey="band"
              name={t.area.band}
              stroke="none"
              fill="#6baed6"
              fillOpacity={0.5}
              isAnimationActive={false}
              connectNulls={false}
            />
            <Line
              dataKey="actual"
              name={t.area.actual}
              stroke="#0b3d91"
              strokeWidth={2}
              isAnimationActive={false}
              connectNulls={false}
            />
            <Line
              dataKey="mean"
              name={t.area.forecast}
              stroke="#0b5cad"
              strokeWidth={2}
              strokeDasharray="5 4"
              dot={false}
              isAnimationActive={false}
              connectNulls={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
