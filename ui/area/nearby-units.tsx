import type { MapUnit } from '@/domain/dashboard/types';
import { dictionary, localName, type Lang } from '@/i18n';
import { DataTable } from '../data-table';
import { formatNumber, formatWithheld } from '../format';

export type NearbyUnit = MapUnit & { distance_km: number | null };

/** Units within walking distance of the area, nearest first; synthetic (illustrative) units say so. */
export function NearbyUnits({ lang, units }: { lang: Lang; units: NearbyUnit[] }) {
  const t = dictionary(lang);
  return (
    <section aria-labelledby="units-title">
      <h2 id="units-title">{t.area.nearby}</h2>
      {units.length === 0 ? (
        <p className="note">{t.area.nearbyNone}</p>
      ) : (
        <DataTable
          columns={[
            {
              key: 'unit',
              header: t.area.unit,
              rowHeader: true,
              cell: (u: NearbyUnit) => (
                <>
                  {localName(lang, u.name_fi, u.name_sv)}
                  {u.synthetic && <span className="synthetic-badge">{t.common.synthetic}</span>}
                </>
              ),
            },
            {
              key: 'provider',
              header: t.area.provider,
              cell: (u) => (u.provider === 'private' ? t.common.private : t.common.municipal),
            },
            {
              key: 'capacity',
              header: t.area.capacity,
              numeric: true,
              cell: (u) => `${formatWithheld(u.capacity_under3, t)} / ${formatWithheld(u.capacity_3plus, t)}`,
            },
            {
              key: 'distance',
              header: t.area.distance,
              numeric: true,
              cell: (u) => (u.distance_km === null ? '–' : `${formatNumber(u.distance_km, t, 1)} ${t.common.km}`),
            },
          ]}
          rows={units}
          rowKey={(u) => u.unit_id}
          labelledBy="units-title"
          testId="units-table"
        />
      )}
    </section>
  );
}
