import type { ReactNode } from 'react';
import type { BacktestCell } from '@/domain/forecasting/backtest-cell';
import type { Dictionary } from '@/i18n';
import { DataTable, type Column } from '../data-table';
import { isCeiling, PRODUCT_MODEL } from '@/domain/forecasting/methods';
import { formatMetric } from './backtest-format';

/** MAPE of every model (rows) by horizon (columns); bias, WAPE and the number of forecasts in the title. */
export function ScorecardTable(props: {
  models: string[];
  horizons: number[];
  cellOf: (model: string, horizon: number) => BacktestCell | undefined;
  caption: ReactNode;
  t: Dictionary;
  labelledBy: string;
}) {
  const { t, cellOf } = props;
  const m = t.modelsPage;
  const columns: Column<string>[] = [
    {
      key: 'model',
      header: m.model,
      rowHeader: true,
      cell: (model) =>
        model === PRODUCT_MODEL
          ? `${model} (${m.product})`
          : isCeiling(model)
            ? `${model} (${m.ceilingName(model)})`
            : model,
    },
    ...props.horizons.map((h): Column<string> => ({
      key: String(h),
      header: `${m.horizon} ${h}`,
      numeric: true,
      cell: (model) => formatMetric(cellOf(model, h)?.mape ?? null, t),
      cellTitle: (model) => {
        const c = cellOf(model, h);
        return c
          ? `${m.forecasts}: ${c.n}; ${m.bias}: ${formatMetric(c.malpe, t)}; ${m.wape}: ${formatMetric(c.wape, t)}`
          : undefined;
      },
    })),
  ];
  return (
    <DataTable
      columns={columns}
      rows={props.models}
      rowKey={(model) => model}
      labelledBy={props.labelledBy}
      testId="scorecard-table"
      caption={props.caption}
    />
  );
}
