import { indicatorById } from '../../domain/wellbeing/indicator-catalogue';
import type { Disclosed, ForecastPoint, Limits } from '../../domain/wellbeing/views';
import { localName, type Lang } from '../../i18n';
import { indicatorLabel, wellbeingDictionary } from '../../i18n/wellbeing';
import { DataTable, type Column } from '../data-table';
import { indexText, intervalText, valueText } from './wellbeing-format';

/** Municipalities side by side: one column each, one row per figure (index, factors, services, forecasts). */
export interface ComparedColumn {
  code: string;
  nameFi: string;
  nameSv: string | null;
  indexLatest: Disclosed & { year: number | null };
  latest: Record<string, Disclosed & { year: number | null }>;
  expected: Record<string, ForecastPoint | null>;
}

interface Row {
  key: string;
  label: string;
  cell: (m: ComparedColumn) => string;
}

export function CompareView(props: {
  lang: Lang;
  municipalities: ComparedColumn[];
  indicators: string[];
  outcomes: string[];
  limits: Limits;
  headingId: string;
}) {
  const { lang, limits } = props;
  const t = wellbeingDictionary(lang);
  const min = limits.minimum.municipality;
  const measureOf = (id: string) => indicatorById(id)?.measure ?? 'percent';
  const latestText = (m: ComparedColumn, id: string) => {
    const v = m.latest[id];
    return v.year === null ? '–' : `${valueText(lang, v, measureOf(id), limits, min)} (${v.year})`;
  };
  const rows: Row[] = [
    {
      key: 'index',
      label: t.compare.indexRow,
      cell: (m) =>
        m.indexLatest.year === null ? '–' : `${indexText(lang, m.indexLatest, limits, min)} (${m.indexLatest.year})`,
    },
    ...props.outcomes.flatMap((id) => [
      {
        key: `${id}-latest`,
        label: `${indicatorLabel(lang, id)}: ${t.roles.outcome}`,
        cell: (m: ComparedColumn) => latestText(m, id),
      },
      {
        key: `${id}-expected`,
        label: `${indicatorLabel(lang, id)}: ${t.compare.expected(Object.values(props.municipalities)[0]?.expected[id]?.year ?? 0)}`,
        cell: (m: ComparedColumn) => {
          const f = m.expected[id];
          if (!f) return t.overview.noForecast;
          return `${valueText(lang, { value: f.mean, status: f.status }, measureOf(id), limits, min)} (${intervalText(lang, f, measureOf(id), limits)})`;
        },
      },
    ]),
    ...props.indicators.map((id) => ({
      key: id,
      label: `${indicatorLabel(lang, id)} (${t.roles[indicatorById(id)?.role ?? 'risk']})`,
      cell: (m: ComparedColumn) => latestText(m, id),
    })),
  ];
  const columns: Column<Row>[] = [
    { key: 'label', header: '', rowHeader: true, cell: (r) => r.label },
    ...props.municipalities.map((m) => ({
      key: m.code,
      header: <a href={`/wellbeing/area/${m.code}?lang=${lang}`}>{localName(lang, m.nameFi, m.nameSv)}</a>,
      numeric: true,
      cell: (r: Row) => r.cell(m),
    })),
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(r) => r.key}
      labelledBy={props.headingId}
      testId="compare-table"
    />
  );
}
