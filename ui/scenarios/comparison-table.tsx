import type { ComparisonRow } from '@/domain/report/scenario-compare';
import type { Dictionary } from '@/i18n';
import { DataTable, type Column } from '../data-table';
import { classifyChange, formatFigure, describeWithheld } from './comparison-format';

/** Figures of a withheld area: one cell across them says why. */
const FIGURES = 9;

/** Demand, gap, staff and space of every area in one year, baseline against scenario. */
export function ComparisonTable(props: { rows: ComparisonRow[]; t: Dictionary; labelledBy: string }) {
  const { t } = props;
  const s = t.scenarios;
  // Gaps resting on synthetic (illustrative) units' capacity carry a mark, explained under the section.
  const gap = (v: number | null, r: ComparisonRow) => `${formatFigure(v, t, 1)}${r.syntheticCapacity ? ' *' : ''}`;
  const figure = (
    key: string,
    header: string,
    value: (r: ComparisonRow) => string,
    className?: (r: ComparisonRow) => string,
  ): Column<ComparisonRow> => ({ key, header, numeric: true, cell: value, cellClassName: className });
  const columns: Column<ComparisonRow>[] = [
    { key: 'area', header: s.postalCode, cell: (r) => r.postalCode },
    { key: 'year', header: s.year, cell: (r) => `${r.year}${r.isForecast ? ` (${t.common.forecast})` : ''}` },
    {
      ...figure('baseDemand', `${s.demand}: ${s.baseline}`, (r) =>
        r.status !== 'ok' ? describeWithheld(r, t) : formatFigure(r.baseDemand, t, 1),
      ),
      cellClassName: (r) => (r.status !== 'ok' ? 'withheld' : 'num'),
      colSpan: (r) => (r.status !== 'ok' ? FIGURES : undefined),
    },
    figure('scenarioDemand', s.scenario, (r) => formatFigure(r.scenarioDemand, t, 1)),
    figure(
      'change',
      s.change,
      (r) => formatFigure(r.demandChange, t, 1),
      (r) => `num ${classifyChange(r.demandChange)}`,
    ),
    figure('baseGap', `${s.gap}: ${s.baseline}`, (r) => gap(r.baseGap, r)),
    figure('scenarioGap', s.scenario, (r) => gap(r.scenarioGap, r)),
    figure('baseStaff', `${s.staff}: ${s.baseline}`, (r) => formatFigure(r.baseStaffFte, t, 1)),
    figure('scenarioStaff', s.scenario, (r) => formatFigure(r.scenarioStaffFte, t, 1)),
    figure('baseM2', `${s.m2}: ${s.baseline}`, (r) => formatFigure(r.baseM2, t)),
    figure('scenarioM2', s.scenario, (r) => formatFigure(r.scenarioM2, t)),
  ];
  return (
    <DataTable
      columns={columns}
      rows={props.rows}
      rowKey={(r) => `${r.postalCode}-${r.year}`}
      labelledBy={props.labelledBy}
      testId="comparison-table"
      bounded
    />
  );
}
