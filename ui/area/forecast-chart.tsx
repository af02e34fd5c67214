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
import type { AreaChart as AreaChartData, ChartPoint } from '@/domain/dashboard/types';
import { dictionary, type Lang } from '@/i18n';
import { countText, formatNumber, intervalText } from '../format';

/**
 * History and forecast of one age group: the actual line, the forecast mean (dashed) and its 80 % and
 * 95 % bands. Values are already disclosure-controlled on the server: withheld points are gaps.
 */

const COLOURS = { actual: '#0b3d91', mean: '#0b5cad', band80: '#6baed6', band95: '#c6dbef' };

interface TooltipProps {
  active?: boolean;
  payload?: { payload: ChartPoint }[];
  lang: Lang;
  origin: number | null;
}

function ChartTooltip({ active, payload, lang, origin }: TooltipProps) {
  const t = dictionary(lang);
  const p = payload?.[0]?.payload;
  if (!active || !p) return null;
  const forecast = origin !== null && p.year > origin;
  return (
    <div className="chart-tooltip">
      <strong>
        {p.year}
        {forecast ? ` · ${t.common.forecast}` : ''}
      </strong>
      {!forecast && (
        <div>
          {t.area.actual}: {countText(p.actual, p.actualStatus, t)}
        </div>
      )}
      {forecast && (
        <>
          <div>
            {t.area.mean}: {countText(p.mean, p.meanStatus, t)}
          </div>
          {p.band80 && (
            <div>
              {t.area.band80}: {intervalText(p.band80[0] || null, p.band80[1], t)}
            </div>
          )}
          {p.band95 && (
            <div>
              {t.area.band95}: {intervalText(p.band95[0] || null, p.band95[1], t)}
            </div>
          )}
        </>
      )}
    </div>
  );
}

export function ForecastChart({
  chart,
  lang,
  title,
  origin,
}: {
  chart: AreaChartData;
  lang: Lang;
  title: string;
  origin: number | null;
}) {
  const t = dictionary(lang);
  const fmt = (v: number) => formatNumber(v, t);
  return (
    <figure className="chart" data-testid={`forecast-chart-${chart.age_group}`} data-has-forecast={chart.hasForecast}>
      <figcaption>{title}</figcaption>
      <div className="chart-box" role="img" aria-label={t.area.chartFor(title)}>
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 360, height: 220 }}>
          <ComposedChart data={chart.points} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
            <CartesianGrid stroke="#e3e7ec" vertical={false} />
            <XAxis
              dataKey="year"
              type="number"
              domain={['dataMin', 'dataMax']}
              allowDecimals={false}
              tickCount={8}
              fontSize={12}
            />
            <YAxis width={48} tickFormatter={fmt} fontSize={12} allowDecimals={false} />
            <Tooltip content={<ChartTooltip lang={lang} origin={origin} />} />
            {chart.hasForecast && origin !== null && (
              <ReferenceLine x={origin} stroke="#8a96a3" strokeDasharray="3 3" />
            )}
            <Area
              dataKey="band95"
              name={t.area.band95}
              stroke="none"
              fill={COLOURS.band95}
              fillOpacity={0.8}
              isAnimationActive={false}
              connectNulls={false}
            />
            <Area
              dataKey="band80"
              name={t.area.band80}
              stroke="none"
              fill={COLOURS.band80}
              fillOpacity={0.7}
              isAnimationActive={false}
              connectNulls={false}
            />
            <Line
              dataKey="actual"
              name={t.area.actual}
              stroke={COLOURS.actual}
              strokeWidth={2}
              dot={{ r: 2.5 }}
              isAnimationActive={false}
              connectNulls={false}
            />
            <Line
              dataKey="mean"
              name={t.area.mean}
              stroke={COLOURS.mean}
              strokeWidth={2}
              strokeDasharray="5 4"
              dot={false}
              isAnimationActive={false}
              connectNulls={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      {chart.hasForecast && chart.coverage80.length > 0 && (
        <p className="note" data-testid={`band-coverage-${chart.age_group}`}>
          {t.area.bandCoverage(
            Math.round(100 * Math.min(...chart.coverage80.map((c) => c.share))),
            Math.round(100 * Math.max(...chart.coverage80.map((c) => c.share))),
            Math.max(...chart.coverage80.map((c) => c.horizon)),
          )}
        </p>
      )}
    </figure>
  );
}
