import type { LayerInfo, MapArea, MapCell } from '@/domain/dashboard/types';
import { dictionary, localName, type Lang } from '@/i18n';
import { DataTable, type Column } from '../data-table';
import { cellText, intervalText } from '../format';
import type { ColourScale } from './scale';

/**
 * Every area of the map as a table row with a link to its page: the map's figures without a pointer
 * (keyboard and screen-reader users reach each area here).
 */
export function AreaTable(props: {
  lang: Lang;
  areas: MapArea[];
  cells: Record<string, MapCell>;
  layer: LayerInfo;
  scale: ColourScale;
  year: number;
}) {
  const { lang, cells, layer, scale, year } = props;
  const t = dictionary(lang);
  const rows = [...props.areas].sort((a, b) => a.postal_code.localeCompare(b.postal_code));
  const columns: Column<MapArea>[] = [
    {
      key: 'area',
      header: t.common.postalArea,
      cell: (a) => (
        <a href={`/area/${a.postal_code}?lang=${lang}&year=${year}`}>
          {a.postal_code} {localName(lang, a.name_fi, a.name_sv)}
        </a>
      ),
    },
    {
      key: 'value',
      header: t.layers[layer.id],
      numeric: true,
      cell: (a) => (
        <>
          <span className="swatch" style={{ background: scale.colour(cells[a.postal_code]) }} aria-hidden="true" />
          {cellText(cells[a.postal_code], layer.unit, t)}
        </>
      ),
    },
  ];
  if (rows.some((a) => cells[a.postal_code]?.lo80 !== undefined)) {
    columns.push({
      key: 'interval',
      header: t.map.interval80,
      numeric: true,
      cell: (a) => {
        const cell = cells[a.postal_code];
        return cell?.lo80 !== undefined && cell.v !== null ? intervalText(cell.lo80, cell.hi80, t) : '';
      },
    });
  }
  return (
    <section className="area-table" aria-labelledby="area-table-title">
      <h2 id="area-table-title">{t.map.tableTitle(year)}</h2>
      <DataTable columns={columns} rows={rows} rowKey={(a) => a.postal_code} labelledBy="area-table-title" bounded />
    </section>
  );
}
