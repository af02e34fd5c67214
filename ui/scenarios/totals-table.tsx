import type { Dictionary } from '@/i18n';
import { DataTable } from '../data-table';
import type { RunResult } from './scenario-api';
import { formatFigure } from './comparison-format';

type Total = RunResult['totals'][number];

/**
 * Demand of the shown areas by year, baseline against scenario, and the last year's pair as data
 * values (what a reader compares first; the tests read them too).
 */
export function TotalsTable({ totals, t }: { totals: Total[]; t: Dictionary }) {
  const s = t.scenarios;
  const last = totals[totals.length - 1];
  return (
    <>
      <h3 id="totals-title">{s.shownTotal}</h3>
      <DataTable
        columns={[
          { key: 'year', header: s.year, rowHeader: true, cell: (x: Total) => x.year },
          { key: 'base', header: s.baseline, numeric: true, cell: (x) => formatFigure(x.base, t) },
          { key: 'scenario', header: s.scenario, numeric: true, cell: (x) => formatFigure(x.scenario, t) },
          { key: 'change', header: s.change, numeric: true, cell: (x) => formatFigure(x.scenario - x.base, t) },
        ]}
        rows={totals}
        rowKey={(x) => x.year}
        labelledBy="totals-title"
        testId="totals-table"
      />
      {last && (
        <p className="note">
          {last.year}:{' '}
          <span data-testid="total-baseline" data-value={last.base}>
            {formatFigure(last.base, t)}
          </span>{' '}
          →{' '}
          <span data-testid="total-scenario" data-value={last.scenario}>
            {formatFigure(last.scenario, t)}
          </span>
        </p>
      )}
    </>
  );
}
