import { indicatorById } from '../../domain/wellbeing/indicator-catalogue';
import type { MunicipalityTile, WellbeingOverview } from '../../domain/wellbeing/views';
import { localName, type Lang } from '../../i18n';
import { wellbeingDictionary } from '../../i18n/wellbeing';
import { indexScale, quantileScale, relativeScale, textColourOn, type WellbeingScale } from './colour-scale';
import { indexText, valueText } from './wellbeing-format';

/**
 * The municipalities as tiles grouped by region: municipal boundaries are not shipped, so this is the
 * honest picture - colour by the index or by expected demand, a link to each municipality's page. Every
 * tile names its municipality and value for screen readers; the table below carries the same figures.
 */
export type GridLayer = 'index' | 'demand';

export function scaleFor(layer: GridLayer, overview: WellbeingOverview): WellbeingScale {
  if (layer === 'index') return indexScale();
  const measure = indicatorById(overview.outcome)?.measure;
  if (measure === 'index_median_100') return relativeScale();
  return quantileScale(overview.tiles.flatMap((t) => (t.demand?.mean === null || !t.demand ? [] : [t.demand.mean])));
}

export function tileValue(layer: GridLayer, tile: MunicipalityTile): number | null {
  return layer === 'index' ? tile.index.value : (tile.demand?.mean ?? null);
}

export function MunicipalityGrid(props: {
  lang: Lang;
  overview: WellbeingOverview;
  layer: GridLayer;
  headingId: string;
}) {
  const { lang, overview, layer } = props;
  const t = wellbeingDictionary(lang);
  const scale = scaleFor(layer, overview);
  const measure = indicatorById(overview.outcome)?.measure ?? 'index_median_100';
  const regions = new Map<string, MunicipalityTile[]>();
  for (const tile of overview.tiles) {
    const key = tile.regionName ?? '–';
    regions.set(key, [...(regions.get(key) ?? []), tile]);
  }
  const text = (tile: MunicipalityTile) =>
    layer === 'index'
      ? indexText(lang, tile.index, overview.limits, overview.limits.minimum.municipality)
      : tile.demand
        ? valueText(
            lang,
            { value: tile.demand.mean, status: tile.demand.status },
            measure,
            overview.limits,
            overview.limits.minimum.municipality,
          )
        : t.overview.noForecast;
  return (
    <div className="wellbeing-grid" data-testid="municipality-grid" data-layer={layer}>
      {[...regions].map(([region, tiles]) => (
        <section key={region} className="wellbeing-region" aria-label={region}>
          <h3>{region}</h3>
          <ul>
            {tiles.map((tile) => {
              const colour = scale.colour(tileValue(layer, tile));
              const name = localName(lang, tile.nameFi, tile.nameSv);
              return (
                <li key={tile.code}>
                  <a
                    href={`/wellbeing/area/${tile.code}?lang=${lang}`}
                    className="wellbeing-tile"
                    style={{ background: colour, color: textColourOn(colour) }}
                    data-code={tile.code}
                    title={`${name}: ${text(tile)}`}
                  >
                    <span className="tile-name">{name}</span>
                    <span className="tile-value">{text(tile)}</span>
                  </a>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}

export function ScaleLegend(props: { lang: Lang; scale: WellbeingScale; layer: GridLayer; measure: string }) {
  const t = wellbeingDictionary(props.lang);
  const low = props.layer === 'index' ? t.index.lower : t.overview.legendBelow;
  const high = props.layer === 'index' ? t.index.higher : t.overview.legendAbove;
  const diverging = props.layer === 'index' || props.measure === 'index_median_100';
  return (
    <div className="wellbeing-legend" aria-hidden="true">
      {diverging && <span>{low}</span>}
      {props.scale.classes.map((c) => (
        <span key={c.colour} className="swatch" style={{ background: c.colour }} />
      ))}
      {diverging && <span>{high}</span>}
    </div>
  );
}
