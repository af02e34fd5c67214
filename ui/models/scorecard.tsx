'use client';

import { useMemo, useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BacktestCell } from '@/domain/forecasting/backtest-cell';
import { dictionary, type Lang } from '@/i18n';

const PRODUCT = 'network-reconciled';
const MODEL_ORDER = ['network-reconciled', 'network', 'cohort-change', 'damped-trend', 'drift', 'naive'];
const COLOURS: Record<string, string> = {
  'network-reconciled': '#0b3d91',
  network: '#6a3d9a',
  'cohort-change': '#1b7837',
  'damped-trend': '#b35806',
  drift: '#8c510a',
  naive: '#5f6b77',
};

const fmt = (x: number | null, lang: Lang, digits = 1) =>
  x === null || Number.isNaN(x)
    ? '–'
    : x.toLocaleString(dictionary(lang).locale, { maximumFractionDigits: digits, minimumFractionDigits: digits });
const pct = (x: number | null, lang: Lang) => (x === null ? '–' : `${fmt(100 * x, lang, 0)} %`);

/**
 * The backtest scorecard of one model version: MAPE by horizon of the production model and the
 * baselines (chart and table) for a scope and age group, and the 80 / 95 % interval coverage.
 */
export function Scorecard({ cells, lang, version }: { cells: BacktestCell[]; lang: Lang; version: string }) {
  const t = dictionary(lang).modelsPage;
  const scopes = [...new Set(cells.map((c) => c.scope))].sort((a, b) =>
    a === 'helsinki' ? -1 : b === 'helsinki' ? 1 : a.localeCompare(b),
  );
  const ageGroups = [...new Set(cells.map((c) => c.age_group))].sort();
  const [scope, setScope] = useState(scopes[0] ?? 'helsinki');
  const [ageGroup, setAgeGroup] = useState(ageGroups[0] ?? '0-2');
  const selected = useMemo(
    () => cells.filter((c) => c.scope === scope && c.age_group === ageGroup),
    [cells, scope, ageGroup],
  );
  const models = MODEL_ORDER.filter((m) => selected.some((c) => c.model === m)).concat(
    [...new Set(selected.map((c) => c.model))].filter((m) => !MODEL_ORDER.includes(m)),
  );
  const horizons = [...new Set(selected.map((c) => c.horizon))].sort((a, b) => a - b);
  const cell = (model: string, h: number) => selected.find((c) => c.model === model && c.horizon === h);
  const chartData = horizons.map((h) =>
    Object.fromEntries([['horizon', h], ...models.map((m) => [m, cell(m, h)?.mape ?? null])]),
  );
  const coverageRows = cells
    .filter((c) => c.model === PRODUCT && c.scope === scope)
    .sort((a, b) => a.age_group.localeCompare(b.age_group) || a.horizon - b.horizon);
  const scopeName = (s: string) => (s === 'helsinki' ? t.helsinki : s === 'finland' ? t.finland : s);

  return (
    <section aria-labelledby="scorecard" data-testid="scorecard">
      <h2 id="scorecard">{t.scorecard}</h2>
      <p className="lead">{t.scorecardLead(version)}</p>
      <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', marginBottom: '0.5rem' }}>
        <fieldset>
          <legend>{t.scope}</legend>
          {scopes.map((s) => (
            <label key={s} style={{ marginRight: '0.8rem' }}>
              <input type="radio" name="scope" value={s} checked={scope === s} onChange={() => setScope(s)} />{' '}
              {scopeName(s)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t.ageGroup}</legend>
          {ageGroups.map((a) => (
            <label key={a} style={{ marginRight: '0.8rem' }}>
              <input type="radio" name="age-group" value={a} checked={ageGroup === a} onChange={() => setAgeGroup(a)} />{' '}
              {a}
            </label>
          ))}
        </fieldset>
      </div>
      <figure style={{ margin: 0 }} aria-label={t.chartLabel}>
        <div style={{ width: '100%', height: 300 }}>
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={chartData} margin={{ top: 10, right: 20, bottom: 20, left: 10 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#dde3ea" />
              <XAxis dataKey="horizon" label={{ value: t.horizon, position: 'insideBottom', offset: -10 }} />
              <YAxis label={{ value: t.mape, angle: -90, position: 'insideLeft' }} />
              <Tooltip formatter={(v) => (typeof v === 'number' ? fmt(v, lang) : String(v))} />
              <Legend verticalAlign="top" />
              {models.map((m) => (
                <Line
                  key={m}
                  type="monotone"
                  dataKey={m}
                  stroke={COLOURS[m] ?? '#333'}
                  strokeWidth={m === PRODUCT ? 3 : 1.5}
                  strokeDasharray={m === PRODUCT ? undefined : '4 3'}
                  connectNulls
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </div>
      </figure>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t.scorecard}>
        <table className="data" data-testid="scorecard-table">
          <caption style={{ textAlign: 'left', fontWeight: 600, padding: '0.3rem 0' }}>
            {t.mape}: {scopeName(scope)}, {t.ageGroup.toLowerCase()} {ageGroup}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.model}</th>
              {horizons.map((h) => (
                <th scope="col" key={h} className="num">
                  {t.horizon} {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {models.map((m) => (
              <tr key={m}>
                <th scope="row">
                  {m}
                  {m === PRODUCT ? ` (${t.product})` : ''}
                </th>
                {horizons.map((h) => {
                  const c = cell(m, h);
                  return (
                    <td
                      key={h}
                      className="num"
                      title={
                        c
                          ? `${t.forecasts}: ${c.n}; ${t.bias}: ${fmt(c.malpe, lang)}; ${t.wape}: ${fmt(c.wape, lang)}`
                          : undefined
                      }
                    >
                      {fmt(c?.mape ?? null, lang)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 id="coverage">{t.coverage}</h2>
      <p className="lead">{t.coverageLead}</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="coverage">
        <table className="data" data-testid="coverage-intervals">
          <thead>
            <tr>
              <th scope="col">{t.ageGroup}</th>
              <th scope="col" className="num">
                {t.horizon}
              </th>
              <th scope="col" className="num">
                {t.forecasts}
              </th>
              <th scope="col" className="num">
                {t.coverage80}
              </th>
              <th scope="col" className="num">
                {t.coverage95}
              </th>
              <th scope="col">{t.bestBaseline}</th>
              <th scope="col" className="num">
                {t.skill}
              </th>
            </tr>
          </thead>
          <tbody>
            {coverageRows.map((c) => (
              <tr key={`${c.age_group}-${c.horizon}`}>
                <td>{c.age_group}</td>
                <td className="num">{c.horizon}</td>
                <td className="num">{c.n.toLocaleString(dictionary(lang).locale)}</td>
                <td className="num">{pct(c.coverage80, lang)}</td>
                <td className="num">{pct(c.coverage95, lang)}</td>
                <td>{c.best_baseline ?? '–'}</td>
                <td className="num">{c.skill === null ? '–' : `${fmt(100 * c.skill, lang, 0)} %`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
