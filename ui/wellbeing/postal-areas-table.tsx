import type { AreaProfile } from '../../domain/wellbeing/views';
import { localName, type Lang } from '../../i18n';
import { wellbeingDictionary } from '../../i18n/wellbeing';
import { DataTable, type Column } from '../data-table';
import { indexText } from './wellbeing-format';

type Row = AreaProfile['postalAreas'][number];

/** A municipality's postal areas with their latest index (each a link to its own profile). */
export function PostalAreasTable(props: { lang: Lang; profile: AreaProfile; headingId: string }) {
  const { lang, profile } = props;
  const t = wellbeingDictionary(lang);
  const columns: Column<Row>[] = [
    {
      key: 'area',
      header: t.geography.postal_area,
      rowHeader: true,
      cell: (r) => (
        <a href={`/wellbeing/area/${r.code}?lang=${lang}`}>
          {r.code} {localName(lang, r.nameFi, r.nameSv)}
        </a>
      ),
    },
    { key: 'year', header: t.overview.year, numeric: true, cell: (r) => r.year ?? '–' },
    {
      key: 'index',
      header: t.index.name,
      numeric: true,
      cell: (r) => indexText(lang, r.index, profile.limits, profile.limits.minimum.postal_area),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={profile.postalAreas}
      rowKey={(r) => r.code}
      labelledBy={props.headingId}
      testId="postal-areas"
      bounded
    />
  );
}
