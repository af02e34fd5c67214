import type { Indicator } from '../../domain/wellbeing/indicator-schema';
import type { Lang } from '../../i18n';
import { indicatorLabel, wellbeingDictionary } from '../../i18n/wellbeing';
import { DataTable, type Column } from '../data-table';
import { plainNumber } from './wellbeing-format';

/** The method page's two tables: the indicator catalogue and the backtest. */
type CatalogueRow = Indicator & { observed: { observed_from: number | null; observed_to: number | null } | null };

export function CatalogueTable(props: { lang: Lang; rows: CatalogueRow[]; headingId: string }) {
  const t = wellbeingDictionary(props.lang);
  const c = t.method.columns;
  const years = (r: CatalogueRow) => {
    const from = r.observed?.observed_from ?? r.years.from;
    const to = r.observed?.observed_to ?? r.years.to;
    return from === to ? String(from) : `${from}–${to}`;
  };
  const columns: Column<CatalogueRow>[] = [
    {
      key: 'name',
      header: c.indicator,
      rowHeader: true,
      cell: (r) => <span title={r.title}>{indicatorLabel(props.lang, r.id)}</span>,
    },
    { key: 'role', header: c.role, cell: (r) => t.roles[r.role] },
    { key: 'source', header: c.source, cell: (r) => t.method.sourceNames[r.source] },
    { key: 'years', header: c.years, cell: years },
    { key: 'geography', header: c.geography, cell: (r) => t.geography[r.geography] },
    { key: 'direction', header: c.direction, cell: (r) => t.method.direction[r.direction] },
    { key: 'unit', header: c.unit, cell: (r) => t.measure[r.measure] },
    { key: 'index', header: c.inIndex, cell: (r) => (r.inIndex ? t.method.yes : t.method.no) },
  ];
  return (
    <DataTable
      columns={columns}
      rows={props.rows}
      rowKey={(r) => r.id}
      labelledBy={props.headingId}
      testId="catalogue-table"
      bounded
      rowData={(r) => ({ 'data-id': r.id, 'data-role': r.role })}
    />
  );
}

export interface BacktestRow {
  indicator: string;
  horizon: number;
  model: string;
  n: number;
  mae: number;
  skill_vs_naive: number | null;
  skill_vs_ridge: number | null;
  coverage80: number | null;
  chosen: string | null;
}

export function BacktestTable(props: { lang: Lang; rows: BacktestRow[]; headingId: string }) {
  const { lang } = props;
  const t = wellbeingDictionary(lang);
  const c = t.method.columns;
  const pct = (v: number | null) => (v === null ? '–' : `${plainNumber(lang, 100 * v, 1)} %`);
  const modelName = (m: string) => (m === 'selected' ? t.method.selected : (t.models[m as keyof typeof t.models] ?? m));
  const columns: Column<BacktestRow>[] = [
    { key: 'indicator', header: c.indicator, rowHeader: true, cell: (r) => indicatorLabel(lang, r.indicator) },
    { key: 'horizon', header: c.horizon, numeric: true, cell: (r) => r.horizon },
    { key: 'model', header: c.model, cell: (r) => modelName(r.model) },
    { key: 'n', header: c.n, numeric: true, cell: (r) => plainNumber(lang, r.n) },
    { key: 'mae', header: c.mae, numeric: true, cell: (r) => plainNumber(lang, r.mae, 2) },
    { key: 'skillNaive', header: c.skillNaive, numeric: true, cell: (r) => pct(r.skill_vs_naive) },
    { key: 'skillRidge', header: c.skillRidge, numeric: true, cell: (r) => pct(r.skill_vs_ridge) },
    { key: 'coverage', header: c.coverage, numeric: true, cell: (r) => pct(r.coverage80) },
    { key: 'chosen', header: c.chosen, cell: (r) => r.chosen ?? '' },
  ];
  return (
    <DataTable
      columns={columns}
      rows={props.rows}
      rowKey={(r) => `${r.indicator}|${r.horizon}|${r.model}`}
      labelledBy={props.headingId}
      testId="backtest-table"
      bounded
      rowClassName={(r) => (r.model === 'selected' ? 'selected-row' : undefined)}
    />
  );
}
