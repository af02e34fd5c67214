'use client';

import dynamic from 'next/dynamic';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useMemo, useOptimistic, useState, useTransition } from 'react';
import type { LayerId, MapCell, MapPayload, MapUnit } from '@/domain/dashboard/types';
import { dictionary, localName, type Lang } from '@/i18n';
import { cellText, formatNumber, intervalText } from '../format';
import { Legend } from './legend';
import { buildScale } from './scale';

// Leaflet touches `window` when imported: the map is rendered in the browser only.
const Choropleth = dynamic(() => import('./choropleth'), {
  ssr: false,
  loading: () => <div className="map-canvas map-loading" aria-hidden="true" />,
});

export interface MapExplorerProps {
  lang: Lang;
  payload: MapPayload;
  initialYear: number;
  tileUrl?: string;
  tileAttribution?: string;
  dataAttribution: string;
}

function el(tag: string, className: string | null, text?: string): HTMLElement {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

export function MapExplorer({
  lang,
  payload,
  initialYear,
  tileUrl,
  tileAttribution,
  dataAttribution,
}: MapExplorerProps) {
  const t = dictionary(lang);
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const [pending, startTransition] = useTransition();
  const [year, setYear] = useState(initialYear);
  const [showUnits, setShowUnits] = useState(true);
  const layer = payload.layer;
  // The chosen layer shows as selected at once, while its figures load.
  const [selectedLayer, setSelectedLayer] = useOptimistic(layer.id);
  const yearInfo = payload.years.find((y) => y.year === year);
  const cells = payload.values[year] ?? {};
  const scale = useMemo(() => buildScale(layer, payload.values), [layer, payload.values]);
  const names = useMemo(
    () => new Map(payload.areas.map((a) => [a.postal_code, localName(lang, a.name_fi, a.name_sv)])),
    [payload.areas, lang],
  );

  const urlWith = useCallback(
    (changes: Record<string, string>) => {
      const sp = new URLSearchParams(search.toString());
      for (const [k, v] of Object.entries(changes)) sp.set(k, v);
      return `${pathname}?${sp.toString()}`;
    },
    [pathname, search],
  );

  // A year change is instant (all years are here); the URL follows so the view can be shared.
  const chooseYear = (y: number) => {
    setYear(y);
    window.history.replaceState(null, '', urlWith({ year: String(y) }));
  };
  // A layer change fetches that layer's figures from the server.
  const chooseLayer = (id: LayerId) => {
    startTransition(() => {
      setSelectedLayer(id);
      router.replace(urlWith({ layer: id, year: String(year) }), { scroll: false });
    });
  };
  const chooseScenario = (name: string) => {
    startTransition(() => router.replace(urlWith({ scenario: name, year: String(year) }), { scroll: false }));
  };
  const hasIntervals = useMemo(
    () => Object.values(payload.values).some((y) => Object.values(y).some((c) => c.wide !== undefined)),
    [payload.values],
  );
  const synthetic = useMemo(
    () => Object.values(payload.values).some((y) => Object.values(y).some((c) => c.syn)),
    [payload.values],
  );
  const openArea = useCallback(
    (code: string) => router.push(`/area/${code}?${new URLSearchParams({ lang, year: String(year) }).toString()}`),
    [router, lang, year],
  );

  const styleFor = useCallback(
    (code: string) => {
      const cell = cells[code];
      return { fillColor: scale.colour(cell), wide: !!cell?.wide };
    },
    [cells, scale],
  );

  const tooltipFor = useCallback(
    (code: string) => {
      const cell: MapCell | undefined = cells[code];
      const box = el('div', null);
      box.append(el('strong', null, `${code} ${names.get(code) ?? ''}`));
      const line = el('div', 'tt-value', `${t.layers[layer.id]}: ${cellText(cell, layer.unit, t)}`);
      box.append(line);
      if (yearInfo?.forecast) box.append(el('div', 'tt-forecast', `${year} · ${t.common.forecast}`));
      if (cell && (cell.lo80 !== undefined || cell.hi80 !== undefined) && cell.v !== null) {
        box.append(el('div', null, `${t.map.interval80}: ${intervalText(cell.lo80, cell.hi80, t)}`));
        if (cell.lo95 !== undefined || cell.hi95 !== undefined)
          box.append(el('div', null, `${t.map.interval95}: ${intervalText(cell.lo95, cell.hi95, t)}`));
      }
      if (cell?.syn) box.append(el('div', 'tt-synthetic', t.map.syntheticCapacity));
      box.append(el('div', 'tt-hint', t.map.openArea));
      return box;
    },
    [cells, names, layer, t, year, yearInfo],
  );

  const unitTooltip = useCallback(
    (u: MapUnit) => {
      const box = el('div', null);
      box.append(el('strong', null, localName(lang, u.name_fi, u.name_sv)));
      const provider = u.provider === 'private' ? t.common.private : t.common.municipal;
      box.append(el('div', null, provider));
      const cap = [u.capacity_under3, u.capacity_3plus].map((c) => (c === null ? '–' : formatNumber(c, t))).join(' / ');
      box.append(el('div', null, `${t.area.capacity}: ${cap}`));
      if (u.synthetic) box.append(el('div', 'tt-synthetic', t.map.unitSynthetic + ' – ' + t.common.synthetic));
      return box;
    },
    [lang, t],
  );

  const rows = [...payload.areas].sort((a, b) => a.postal_code.localeCompare(b.postal_code));
  const hasValues = Object.keys(cells).length > 0;

  return (
    <div className={payload.hasGeometry ? 'explorer' : 'explorer no-map'} aria-busy={pending}>
      <div className="controls">
        <fieldset className="layer-picker">
          <legend>{t.layers.legend}</legend>
          {payload.layers.map((l) => (
            <label key={l.id} className={l.available ? undefined : 'disabled'}>
              <input
                type="radio"
                name="layer"
                value={l.id}
                checked={l.id === selectedLayer}
                disabled={!l.available}
                onChange={() => chooseLayer(l.id)}
                aria-describedby={l.available ? undefined : `why-${l.reason}`}
              />
              <span>{t.layers[l.id]}</span>
            </label>
          ))}
          {[...new Set(payload.layers.filter((l) => !l.available).map((l) => l.reason))].map(
            (reason) =>
              reason && (
                <p key={reason} id={`why-${reason}`} className="note layer-note">
                  {t.layers[reason]}
                </p>
              ),
          )}
        </fieldset>

        {payload.scenarios.length > 1 && layer.source === 'plan' && (
          <div className="scenario-picker">
            <label htmlFor="scenario">{t.map.scenario}</label>
            <select id="scenario" value={payload.scenario} onChange={(e) => chooseScenario(e.target.value)}>
              {payload.scenarios.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </div>
        )}

        <fieldset className="year-picker">
          <legend>
            {t.map.years}
            {payload.years.some((y) => y.forecast) && (
              <span className="forecast-key">
                {' '}
                · <span className="forecast-chip">{t.map.forecastMark}</span> = {t.map.forecastYears}
              </span>
            )}
          </legend>
          <div className="years">
            {payload.years.map((y) => (
              <label key={y.year} className={y.forecast ? 'forecast' : undefined}>
                <input
                  type="radio"
                  name="year"
                  value={y.year}
                  checked={y.year === year}
                  onChange={() => chooseYear(y.year)}
                />
                <span>
                  {y.year}
                  {y.forecast && <abbr title={t.common.forecast}>{t.map.forecastMark}</abbr>}
                </span>
              </label>
            ))}
          </div>
        </fieldset>

        <Legend
          lang={lang}
          layer={layer}
          scale={scale}
          unitsShown={showUnits && payload.units.length > 0}
          synthetic={synthetic}
          intervals={hasIntervals}
        />

        <div className="units-toggle">
          {payload.units.length > 0 ? (
            <label>
              <input type="checkbox" checked={showUnits} onChange={(e) => setShowUnits(e.target.checked)} />{' '}
              {t.map.unitsToggle}
            </label>
          ) : (
            <p className="note">{payload.unitsAvailable ? t.map.unitsNoneHere : t.map.unitsNone}</p>
          )}
        </div>
        <p className="note" data-testid="model-note">
          {payload.forecastRun
            ? t.map.modelNote(payload.forecastRun.model_version, payload.forecastRun.origin)
            : t.map.noForecast}
        </p>
      </div>

      <div className="map-column">
        <div className="map-status" aria-live="polite">
          <strong>{t.layers[layer.id]}</strong> · {year}
          {yearInfo?.forecast && <span className="forecast-badge">{t.common.forecast}</span>}
          {!hasValues && <span className="note"> · {t.map.noValues}</span>}
        </div>
        {payload.hasGeometry ? (
          <Choropleth
            municipality={payload.municipality_code}
            label={t.map.mapLabel(payload.municipality_name)}
            styleFor={styleFor}
            tooltipFor={tooltipFor}
            onOpen={openArea}
            units={payload.units}
            showUnits={showUnits}
            unitTooltip={unitTooltip}
            tileUrl={tileUrl}
            tileAttribution={tileAttribution}
            dataAttribution={dataAttribution}
          />
        ) : (
          <p className="note no-geometry">{t.map.noGeometry(payload.municipality_name)}</p>
        )}
      </div>

      <section className="area-table" aria-labelledby="area-table-title">
        <h2 id="area-table-title">{t.map.tableTitle(year)}</h2>
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="area-table-title">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t.common.postalArea}</th>
                <th scope="col">{t.layers[layer.id]}</th>
                {rows.some((a) => cells[a.postal_code]?.lo80 !== undefined) && <th scope="col">{t.map.interval80}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => {
                const cell = cells[a.postal_code];
                return (
                  <tr key={a.postal_code}>
                    <td>
                      <a href={`/area/${a.postal_code}?lang=${lang}&year=${year}`}>
                        {a.postal_code} {localName(lang, a.name_fi, a.name_sv)}
                      </a>
                    </td>
                    <td className="num">
                      <span className="swatch" style={{ background: scale.colour(cell) }} aria-hidden="true" />
                      {cellText(cell, layer.unit, t)}
                    </td>
                    {rows.some((r) => cells[r.postal_code]?.lo80 !== undefined) && (
                      <td className="num">
                        {cell?.lo80 !== undefined && cell.v !== null ? intervalText(cell.lo80, cell.hi80, t) : ''}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
