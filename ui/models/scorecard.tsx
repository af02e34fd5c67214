'use client';

import { useMemo, useState } from 'react';
import type { BacktestCell } from '@/domain/forecasting/backtest-cell';
import { dictionary, type Lang } from '@/i18n';
import { METHOD_ORDER, PRODUCT_MODEL } from '@/domain/forecasting/methods';
import { CoverageTable } from './coverage-table';
import { ScorecardChart } from './scorecard-chart';
import { ScorecardTable } from './scorecard-table';

const MODEL_ORDER: readonly string[] = METHOD_ORDER;

/** Distinct values, the reference city first. */
const listScopes = (cells: BacktestCell[]) =>
  [...new Set(cells.map((c) => c.scope))].sort((a, b) =>
    a === 'helsinki' ? -1 : b === 'helsinki' ? 1 : a.localeCompare(b),
  );

/**
 * The backtest scorecard of one model version: MAPE by horizon of the production model and the
 * baselines (chart and table) for a scope and age group, and the 80 / 95 % interval coverage.
 */
export function Scorecard({ cells, lang, version }: { cells: BacktestCell[]; lang: Lang; version: string }) {
  const t = dictionary(lang);
  const m = t.modelsPage;
  const scopes = listScopes(cells);
  const ageGroups = [...new Set(cells.map((c) => c.age_group))].sort();
  const [scope, setScope] = useState(scopes[0] ?? 'helsinki');
  const [ageGroup, setAgeGroup] = useState(ageGroups[0] ?? '0-2');
  const selected = useMemo(
    () => cells.filter((c) => c.scope === scope && c.age_group === ageGroup),
    [cells, scope, ageGroup],
  );
  const seen = [...new Set(selected.map((c) => c.model))];
  const models = MODEL_ORDER.filter((x) => seen.includes(x)).concat(seen.filter((x) => !MODEL_ORDER.includes(x)));
  const horizons = [...new Set(selected.map((c) => c.horizon))].sort((a, b) => a - b);
  const cellOf = (model: string, h: number) => selected.find((c) => c.model === model && c.horizon === h);
  const chartData = horizons.map((h) => ({
    horizon: h,
    ...Object.fromEntries(models.map((x) => [x, cellOf(x, h)?.mape ?? null])),
  }));
  const coverageRows = cells
    .filter((c) => c.model === PRODUCT_MODEL && c.scope === scope)
    .sort((a, b) => a.age_group.localeCompare(b.age_group) || a.horizon - b.horizon);
  const scopeName = (s: string) =>
    s === 'helsinki' ? m.helsinki : s === 'finland' ? m.finland : s === 'subdistricts' ? m.subdistricts : s;

  return (
    <section aria-labelledby="scorecard" data-testid="scorecard">
      <h2 id="scorecard">{m.scorecard}</h2>
      <p className="lead">{m.scorecardLead(version)}</p>
      <p className="note">{m.ceilingsLead}</p>
      <div className="scorecard-filters">
        <fieldset>
          <legend>{m.scope}</legend>
          {scopes.map((s) => (
            <label key={s}>
              <input type="radio" name="scope" value={s} checked={scope === s} onChange={() => setScope(s)} />{' '}
              {scopeName(s)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{m.ageGroup}</legend>
          {ageGroups.map((a) => (
            <label key={a}>
              <input type="radio" name="age-group" value={a} checked={ageGroup === a} onChange={() => setAgeGroup(a)} />{' '}
              {a}
            </label>
          ))}
        </fieldset>
      </div>
      <ScorecardChart data={chartData} models={models} t={t} />
      <ScorecardTable
        models={models}
        horizons={horizons}
        cellOf={cellOf}
        t={t}
        labelledBy="scorecard"
        caption={`${m.mape}: ${scopeName(scope)}, ${m.ageGroup.toLowerCase()} ${ageGroup}`}
      />
      <h2 id="coverage">{m.coverage}</h2>
      <p className="lead">{m.coverageLead}</p>
      <CoverageTable rows={coverageRows} t={t} labelledBy="coverage" />
    </section>
  );
}
