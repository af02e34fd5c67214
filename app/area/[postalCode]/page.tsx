import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { fetchAreaView } from '@/server/queries/area-view';
import type { AgeGroup } from '@/domain/dashboard/types';
import { dictionary, localName, parseLang, type Dictionary } from '@/i18n';
import { describeDriver } from '@/i18n/drivers';
import { ForecastChart } from '@/ui/area/forecast-chart';
import { countText, formatNumber, intervalText } from '@/ui/format';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ postalCode: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const postalCode = z.string().regex(/^\d{5}$/);
const yearParam = z.coerce.number().int().min(1990).max(2100).optional().catch(undefined);
const scenarioParam = z
  .string()
  .regex(/^[\w\- ]{1,64}$/)
  .catch('baseline');

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await params).postalCode };
}

const groupLabel = (g: AgeGroup | string, t: Dictionary) =>
  g === '0-2' ? t.layers.children_0_2 : g === '3-6' ? t.layers.children_3_6 : t.layers.children_6;

function num(v: number | null | undefined, t: Dictionary, digits = 0, withheld?: 'small' | 'suppressed') {
  if (withheld) return countText(null, withheld, t);
  return v === null || v === undefined ? '–' : formatNumber(v, t, digits);
}

export default async function AreaPage({ params, searchParams }: Props) {
  const [{ postalCode: raw }, sp] = await Promise.all([params, searchParams]);
  const lang = parseLang(first(sp.lang));
  const t = dictionary(lang);
  const code = postalCode.safeParse(raw);
  if (!code.success) notFound();
  const scenario = scenarioParam.parse(first(sp.scenario) ?? 'baseline');
  const view = await fetchAreaView(code.data, scenario);
  if (!view) notFound();
  const { area, run } = view;
  const name = localName(lang, area.name_fi, area.name_sv);
  const mapYear = yearParam.parse(first(sp.year));
  const mapHref = `/map?${new URLSearchParams({
    lang,
    ...(area.municipality_code ? { municipality: area.municipality_code } : {}),
    ...(mapYear ? { year: String(mapYear) } : {}),
  }).toString()}`;

  const driverYears = [...new Set(view.explanations.map((e) => e.year))].sort((a, b) => a - b);
  const driverYear = driverYears.includes(mapYear ?? -1) ? mapYear! : driverYears[0];

  return (
    <article className="area-page">
      <nav aria-label="breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <a href={mapHref}>
              {t.nav.map}: {area.municipality_name ?? area.municipality_code}
            </a>
          </li>
          <li aria-current="page">
            {area.postal_code} {name}
          </li>
        </ol>
      </nav>
      <h1>
        {area.postal_code} {name}
      </h1>
      <p className="lead">
        {area.municipality_name}
        {view.residents && (
          <>
            {' · '}
            {t.area.populationTotal} {view.residents.year}:{' '}
            {countText(
              view.residents.persons,
              view.residents.suppressed ? 'suppressed' : view.residents.small ? 'small' : undefined,
              t,
            )}
          </>
        )}
        {run && <> · {t.map.modelNote(run.model_version, run.origin)}</>}
      </p>

      <section aria-labelledby="history-title">
        <h2 id="history-title">{t.area.history}</h2>
        <p className="note">{t.area.chartNote}</p>
        {!run && <p className="note">{t.map.noForecast}</p>}
        <div className="charts">
          {view.charts.map((c) => (
            <ForecastChart
              key={c.age_group}
              chart={c}
              lang={lang}
              title={groupLabel(c.age_group, t)}
              origin={run?.origin ?? null}
            />
          ))}
        </div>
      </section>

      <section aria-labelledby="plan-title">
        <h2 id="plan-title">
          {t.area.plan}
          {scenario !== 'baseline' && ` · ${t.map.scenario}: ${scenario}`}
        </h2>
        {view.plan.length === 0 ? (
          <p className="note">{t.area.planNone}</p>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="plan-title">
            <table className="data" data-testid="plan-table">
              <thead>
                <tr>
                  <th scope="col">{t.area.columns.year}</th>
                  <th scope="col">{t.area.columns.demand}</th>
                  <th scope="col">{t.area.columns.interval}</th>
                  <th scope="col">{t.area.columns.capacity}</th>
                  <th scope="col">{t.area.columns.walk}</th>
                  <th scope="col">{t.area.columns.gap}</th>
                  <th scope="col">{t.area.columns.fill}</th>
                  <th scope="col">{t.area.columns.staff}</th>
                  <th scope="col">{t.area.columns.m2}</th>
                  <th scope="col">{t.area.columns.rag}</th>
                </tr>
              </thead>
              <tbody>
                {view.plan.map((p) => {
                  const w = p.withheld ?? {};
                  return (
                    <tr key={p.year} className={p.isForecast ? 'forecast-row' : undefined}>
                      <th scope="row">
                        {p.year}
                        {p.isForecast && (
                          <span className="forecast-chip" title={t.common.forecast}>
                            {t.map.forecastMark}
                          </span>
                        )}
                      </th>
                      <td className="num">{num(p.demandTotal, t, 0, w.demandTotal)}</td>
                      <td className="num">
                        {p.demandTotalHi80 === null && !w.demandTotalHi80
                          ? '–'
                          : intervalText(p.demandTotalLo80, p.demandTotalHi80, t)}
                      </td>
                      <td className="num">
                        {num(p.capacityTotal, t)}
                        {p.syntheticCapacity && (
                          <span className="synthetic-flag" title={t.common.synthetic}>
                            *
                          </span>
                        )}
                      </td>
                      <td className="num">{num(p.capacityWalkTotal, t)}</td>
                      <td className="num">{num(p.gapPlaces, t, 0, w.gapPlaces)}</td>
                      <td className="num">
                        {p.fillRate === null ? num(null, t, 0, w.fillRate) : `${formatNumber(p.fillRate * 100, t)} %`}
                      </td>
                      <td className="num">{num(p.staffFte ?? p.staffEducators, t, 1, w.staffFte)}</td>
                      <td className="num">{num(p.floorAreaNeededM2, t, 0, w.floorAreaNeededM2)}</td>
                      <td>
                        {p.rag ? <span className={`rag rag-${p.rag}`}>{t.rag[p.rag]}</span> : num(null, t, 0, w.rag)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {view.plan.some((p) => p.syntheticCapacity) && <p className="note">* {t.common.synthetic}</p>}
          </div>
        )}
      </section>

      <section aria-labelledby="drivers-title">
        <h2 id="drivers-title">{t.area.drivers}</h2>
        {driverYear === undefined ? (
          <p className="note">{t.area.driversNone}</p>
        ) : (
          <>
            <nav aria-label={t.common.year} className="year-links">
              {driverYears.map((y) => (
                <a
                  key={y}
                  href={`/area/${area.postal_code}?lang=${lang}&year=${y}`}
                  aria-current={y === driverYear ? 'true' : undefined}
                >
                  {y}
                </a>
              ))}
            </nav>
            <div className="drivers" data-testid="drivers">
              {[...new Set(view.explanations.map((e) => e.age_group))].map((g) => (
                <div key={g}>
                  <h3>{t.area.driversFor(groupLabel(g, t), driverYear)}</h3>
                  <ol>
                    {view.explanations
                      .filter((e) => e.age_group === g && e.year === driverYear)
                      .map((e) => (
                        <li key={e.rank}>{describeDriver(t, { ...e, origin: run?.origin })}</li>
                      ))}
                  </ol>
                </div>
              ))}
            </div>
          </>
        )}
      </section>

      <section aria-labelledby="units-title">
        <h2 id="units-title">{t.area.nearby}</h2>
        {view.units.length === 0 ? (
          <p className="note">{t.area.nearbyNone}</p>
        ) : (
          <table className="data" data-testid="units-table">
            <thead>
              <tr>
                <th scope="col">{t.area.unit}</th>
                <th scope="col">{t.area.provider}</th>
                <th scope="col">{t.area.capacity}</th>
                <th scope="col">{t.area.distance}</th>
              </tr>
            </thead>
            <tbody>
              {view.units.map((u) => (
                <tr key={u.unit_id}>
                  <td>
                    {localName(lang, u.name_fi, u.name_sv)}
                    {u.synthetic && <span className="synthetic-badge">{t.common.synthetic}</span>}
                  </td>
                  <td>{u.provider === 'private' ? t.common.private : t.common.municipal}</td>
                  <td className="num">
                    {num(u.capacity_under3, t)} / {num(u.capacity_3plus, t)}
                  </td>
                  <td className="num">
                    {u.distance_km === null ? '–' : `${formatNumber(u.distance_km, t, 1)} ${t.common.km}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <p>
        <a href={mapHref}>← {t.area.backToMap}</a>
      </p>
    </article>
  );
}
