import type { DisclosedPlanRow } from '@/domain/privacy/disclose-plan';
import type { Dictionary } from '@/i18n';
import { DataTable, type Column } from '../data-table';
import { formatNumber, formatWithheld, intervalText } from '../format';

/**
 * The area's plan by year: demand with its interval, capacity (marked when it rests on synthetic
 * units), gap, fill rate, staff, space and the RAG status. Withheld figures read why.
 */
export function PlanTable({ rows, t, labelledBy }: { rows: DisclosedPlanRow[]; t: Dictionary; labelledBy: string }) {
  const c = t.area.columns;
  const why = (p: DisclosedPlanRow) => p.withheld ?? {};
  const columns: Column<DisclosedPlanRow>[] = [
    {
      key: 'year',
      header: c.year,
      rowHeader: true,
      cell: (p) => (
        <>
          {p.year}
          {p.isForecast && (
            <span className="forecast-chip" title={t.common.forecast}>
              {t.map.forecastMark}
            </span>
          )}
        </>
      ),
    },
    {
      key: 'demand',
      header: c.demand,
      numeric: true,
      cell: (p) => formatWithheld(p.demandTotal, t, 0, why(p).demandTotal),
    },
    {
      key: 'interval',
      header: c.interval,
      numeric: true,
      cell: (p) =>
        p.demandTotalHi80 === null && !why(p).demandTotalHi80
          ? '–'
          : intervalText(p.demandTotalLo80, p.demandTotalHi80, t),
    },
    {
      key: 'capacity',
      header: c.capacity,
      numeric: true,
      cell: (p) => (
        <>
          {formatWithheld(p.capacityTotal, t)}
          {p.syntheticCapacity && (
            <span className="synthetic-flag" title={t.common.synthetic}>
              *
            </span>
          )}
        </>
      ),
    },
    { key: 'walk', header: c.walk, numeric: true, cell: (p) => formatWithheld(p.capacityWalkTotal, t) },
    { key: 'gap', header: c.gap, numeric: true, cell: (p) => formatWithheld(p.gapPlaces, t, 0, why(p).gapPlaces) },
    {
      key: 'fill',
      header: c.fill,
      numeric: true,
      cell: (p) =>
        p.fillRate === null ? formatWithheld(null, t, 0, why(p).fillRate) : `${formatNumber(p.fillRate * 100, t)} %`,
    },
    {
      key: 'staff',
      header: c.staff,
      numeric: true,
      cell: (p) => formatWithheld(p.staffFte ?? p.staffEducators, t, 1, why(p).staffFte),
    },
    {
      key: 'm2',
      header: c.m2,
      numeric: true,
      cell: (p) => formatWithheld(p.floorAreaNeededM2, t, 0, why(p).floorAreaNeededM2),
    },
    {
      key: 'rag',
      header: c.rag,
      cell: (p) =>
        p.rag ? <span className={`rag rag-${p.rag}`}>{t.rag[p.rag]}</span> : formatWithheld(null, t, 0, why(p).rag),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(p) => p.year}
      rowClassName={(p) => (p.isForecast ? 'forecast-row' : undefined)}
      labelledBy={labelledBy}
      testId="plan-table"
      footer={rows.some((p) => p.syntheticCapacity) ? `* ${t.common.synthetic}` : undefined}
    />
  );
}
