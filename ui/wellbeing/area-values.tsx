import { indicatorById } from '../../domain/wellbeing/indicator-catalogue';
import type { AreaProfile } from '../../domain/wellbeing/views';
import type { Lang } from '../../i18n';
import { indicatorLabel, wellbeingDictionary } from '../../i18n/wellbeing';
import { DataTable, type Column } from '../data-table';
import { valueText } from './wellbeing-format';

interface Row {
  indicator: string;
  year: number;
  value: AreaProfile['values'][number];
}

/** Every catalogue indicator of the area in its latest year, with its role: the profile's raw figures. */
export function AreaValues(props: { lang: Lang; profile: AreaProfile; headingId: string }) {
  const { lang, profile } = props;
  const t = wellbeingDictionary(lang);
  const latest = new Map<string, Row>();
  for (const v of profile.values)
    if ((latest.get(v.indicator)?.year ?? 0) <= v.year)
      latest.set(v.indicator, { indicator: v.indicator, year: v.year, value: v });
  const rows = [...latest.values()].sort(
    (a, b) =>
      (indicatorById(a.indicator)?.role ?? '').localeCompare(indicatorById(b.indicator)?.role ?? '') ||
      a.indicator.localeCompare(b.indicator),
  );
  const minimum = profile.limits.minimum[profile.geography];
  const columns: Column<Row>[] = [
    {
      key: 'indicator',
      header: t.method.columns.indicator,
      rowHeader: true,
      cell: (r) => indicatorLabel(lang, r.indicator),
    },
    { key: 'role', header: t.method.columns.role, cell: (r) => t.roles[indicatorById(r.indicator)?.role ?? 'context'] },
    { key: 'year', header: t.method.columns.years, numeric: true, cell: (r) => r.year },
    {
      key: 'value',
      header: t.area.value,
      numeric: true,
      cell: (r) => valueText(lang, r.value, indicatorById(r.indicator)?.measure ?? 'percent', profile.limits, minimum),
    },
  ];
  return (
    <>
      <h2 id={props.headingId}>{t.method.indicatorsHeading}</h2>
      <DataTable
        columns={columns}
        rows={rows}
        rowKey={(r) => r.indicator}
        labelledBy={props.headingId}
        testId="area-values"
        bounded
      />
    </>
  );
}
