import { indicatorById } from '../../domain/wellbeing/indicator-catalogue';
import type { ContributionRow, Limits } from '../../domain/wellbeing/views';
import type { Lang } from '../../i18n';
import { formatIndex, formatMeasure, indicatorLabel, wellbeingDictionary } from '../../i18n/wellbeing';
import { DataTable, type Column } from '../data-table';

/**
 * What the index of an area is made of: each factor's value and its part of the index, beside the same
 * parts for the area's group and the country. A bar in each row shows the part's size and sign.
 */
export function ContributionTable(props: {
  lang: Lang;
  rows: ContributionRow[];
  groupName: string;
  headingId: string;
  limits: Limits;
}) {
  const { lang } = props;
  const t = wellbeingDictionary(lang);
  const idx = (v: number | null) => (v === null ? '–' : formatIndex(lang, v));
  const widest = Math.max(0.25, ...props.rows.map((r) => Math.abs(r.contribution ?? 0)));
  const columns: Column<ContributionRow>[] = [
    { key: 'factor', header: t.area.factor, rowHeader: true, cell: (r) => indicatorLabel(lang, r.factor) },
    { key: 'role', header: t.area.role, cell: (r) => t.roles[indicatorById(r.factor)?.role ?? 'risk'] },
    {
      key: 'value',
      header: t.area.value,
      numeric: true,
      cell: (r) =>
        r.value === null ? '–' : formatMeasure(lang, r.value, indicatorById(r.factor)?.measure ?? 'percent'),
    },
    {
      key: 'bar',
      header: t.area.contribution,
      cell: (r) =>
        r.contribution === null ? (
          '–'
        ) : (
          <span className="contribution">
            <span
              className={`contribution-bar ${r.contribution >= 0 ? 'up' : 'down'}`}
              style={{
                width: `${(50 * Math.abs(r.contribution)) / widest}%`,
                marginLeft: r.contribution >= 0 ? '50%' : `${50 - (50 * Math.abs(r.contribution)) / widest}%`,
              }}
              aria-hidden="true"
            />
            <span className="contribution-value">{idx(r.contribution)}</span>
          </span>
        ),
    },
    { key: 'group', header: t.area.groupValue(props.groupName), numeric: true, cell: (r) => idx(r.group) },
    { key: 'country', header: t.area.groupValue(t.index.country), numeric: true, cell: (r) => idx(r.country) },
  ];
  return (
    <DataTable
      columns={columns}
      rows={props.rows}
      rowKey={(r) => r.factor}
      labelledBy={props.headingId}
      testId="contribution-table"
    />
  );
}
