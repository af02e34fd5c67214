import { indicatorById } from '../../domain/wellbeing/indicator-catalogue';
import type { MunicipalityTile, WellbeingOverview } from '../../domain/wellbeing/views';
import { localName, type Lang } from '../../i18n';
import { wellbeingDictionary } from '../../i18n/wellbeing';
import { DataTable, type Column } from '../data-table';
import { indexText, intervalText, plainNumber, valueText } from './wellbeing-format';

/** The municipalities of the overview as a table: the same figures as the tiles, readable in order. */
export function MunicipalityTable(props: { lang: Lang; overview: WellbeingOverview; headingId: string }) {
  const { lang, overview } = props;
  const t = wellbeingDictionary(lang);
  const c = t.overview.columns;
  const measure = indicatorById(overview.outcome)?.measure ?? 'index_median_100';
  const min = overview.limits.minimum.municipality;
  const columns: Column<MunicipalityTile>[] = [
    {
      key: 'name',
      header: c.municipality,
      rowHeader: true,
      cell: (m) => <a href={`/wellbeing/area/${m.code}?lang=${lang}`}>{localName(lang, m.nameFi, m.nameSv)}</a>,
    },
    { key: 'region', header: c.region, cell: (m) => m.regionName ?? '–' },
    {
      key: 'population',
      header: c.population,
      numeric: true,
      cell: (m) => (m.population === null ? t.status.under_minimum(min) : plainNumber(lang, m.population)),
    },
    {
      key: 'index',
      header: `${c.index} ${overview.year}`,
      numeric: true,
      cell: (m) => indexText(lang, m.index, overview.limits, min),
    },
    {
      key: 'expected',
      header: c.expected,
      numeric: true,
      cell: (m) =>
        m.demand
          ? valueText(lang, { value: m.demand.mean, status: m.demand.status }, measure, overview.limits, min)
          : t.overview.noForecast,
    },
    {
      key: 'interval',
      header: c.interval,
      numeric: true,
      cell: (m) => (m.demand ? intervalText(lang, m.demand, measure, overview.limits) : '–'),
    },
    {
      key: 'model',
      header: c.model,
      cell: (m) => (m.demand ? t.models[m.demand.model as keyof typeof t.models] : '–'),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={overview.tiles}
      rowKey={(m) => m.code}
      labelledBy={props.headingId}
      testId="municipality-table"
      bounded
      rowData={(m) => ({ 'data-code': m.code })}
    />
  );
}
