import type { BacktestCell } from '@/domain/forecasting/backtest-cell';
import type { Dictionary } from '@/i18n';
import { formatNumber } from '@/core/format/number';
import { DataTable } from '../data-table';
import { formatShare } from './backtest-format';

/** How often the production model's 80 % and 95 % intervals held the actual figure, by age group and horizon. */
export function CoverageTable({ rows, t, labelledBy }: { rows: BacktestCell[]; t: Dictionary; labelledBy: string }) {
  const m = t.modelsPage;
  return (
    <DataTable
      columns={[
        { key: 'age', header: m.ageGroup, cell: (c: BacktestCell) => c.age_group },
        { key: 'horizon', header: m.horizon, numeric: true, cell: (c) => c.horizon },
        { key: 'n', header: m.forecasts, numeric: true, cell: (c) => formatNumber(c.n, t.locale) },
        { key: 'c80', header: m.coverage80, numeric: true, cell: (c) => formatShare(c.coverage80, t) },
        { key: 'c95', header: m.coverage95, numeric: true, cell: (c) => formatShare(c.coverage95, t) },
        { key: 'best', header: m.bestBaseline, cell: (c) => c.best_baseline ?? '–' },
        { key: 'skill', header: m.skill, numeric: true, cell: (c) => formatShare(c.skill, t) },
      ]}
      rows={rows}
      rowKey={(c) => `${c.age_group}-${c.horizon}`}
      labelledBy={labelledBy}
      testId="coverage-intervals"
    />
  );
}
