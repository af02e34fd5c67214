'use client';

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Dictionary } from '@/i18n';
import { CEILING_TOTALS, CEILING_TOTALS_DWELLINGS, isCeiling, PRODUCT_MODEL } from '@/domain/forecasting/methods';
import { formatMetric } from './backtest-format';

const COLOURS: Record<string, string> = {
  combined: '#0b3d91',
  network: '#6a3d9a',
  'cohort-component': '#1b7837',
  'cohort-change': '#4d9221',
  'damped-trend': '#b35806',
  drift: '#8c510a',
  naive: '#5f6b77',
  [CEILING_TOTALS]: '#b2182b',
  [CEILING_TOTALS_DWELLINGS]: '#d6604d',
};

const dashOf = (model: string) => (model === PRODUCT_MODEL ? undefined : isCeiling(model) ? '1 3' : '4 3');

/** MAPE by horizon, one line per model: the production model bold and solid, the baselines dashed, the ceilings dotted. */
export function ScorecardChart(props: { data: Record<string, number | null>[]; models: string[]; t: Dictionary }) {
  const { t } = props;
  const m = t.modelsPage;
  return (
    <figure className="scorecard-chart" aria-label={m.chartLabel}>
      <div className="scorecard-chart-box">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={props.data} margin={{ top: 10, right: 20, bottom: 20, left: 10 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#dde3ea" />
            <XAxis dataKey="horizon" label={{ value: m.horizon, position: 'insideBottom', offset: -10 }} />
            <YAxis label={{ value: m.mape, angle: -90, position: 'insideLeft' }} />
            <Tooltip formatter={(v) => (typeof v === 'number' ? formatMetric(v, t) : String(v))} />
            <Legend verticalAlign="top" />
            {props.models.map((model) => (
              <Line
                key={model}
                type="monotone"
                dataKey={model}
                stroke={COLOURS[model] ?? '#333'}
                strokeWidth={model === PRODUCT_MODEL ? 3 : 1.5}
                strokeDasharray={dashOf(model)}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
