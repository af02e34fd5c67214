'use client';

import { useMemo, useState } from 'react';
import { dictionary, type Lang } from '@/i18n';
import { comparisonToCsv, type ComparisonRow } from '@/domain/report/scenario-compare';
import { DiffMap } from './diff-map';
import { emptyState, toDocument, type FormState } from './form-state';

type Issues = Record<string, string>;
interface RunResult {
  ms: number;
  rows: ComparisonRow[];
  totals: { year: number; base: number; scenario: number }[];
}

const idOf = (path: string) => `f-${path.replace(/[^\w-]/g, '-')}`;

function Field(props: {
  label: string;
  path: string;
  value: string;
  onChange: (v: string) => void;
  issues: Issues;
  numeric?: boolean;
  wide?: boolean;
}) {
  const id = idOf(props.path);
  const error = props.issues[props.path];
  return (
    <div className={`field${props.wide ? ' wide' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        name={props.path}
        value={props.value}
        inputMode={props.numeric ? 'decimal' : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {error && (
        <span className="field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

type RowKey = 'migration' | 'housing' | 'participation' | 'open' | 'close' | 'capacity';

function Rows<K extends RowKey>(props: {
  kind: K;
  path: string;
  legend: string;
  columns: { key: keyof FormState[K][number] & string; label: string; numeric?: boolean }[];
  state: FormState;
  setState: (f: (s: FormState) => FormState) => void;
  blank: FormState[K][number];
  issues: Issues;
  t: ReturnType<typeof dictionary>['scenarios'];
}) {
  const rows = props.state[props.kind] as Record<string, string>[];
  const set = (next: Record<string, string>[]) => props.setState((s) => ({ ...s, [props.kind]: next }));
  return (
    <fieldset className="rows" data-testid={`rows-${props.kind}`}>
      <legend>{props.legend}</legend>
      {rows.map((row, i) => (
        <div className="row" key={i}>
          {props.columns.map((c) => (
            <Field
              key={c.key}
              label={c.label}
              path={`${props.path}.${i}.${c.key}`}
              value={row[c.key] ?? ''}
              numeric={c.numeric}
              issues={props.issues}
              onChange={(v) => set(rows.map((r, j) => (j === i ? { ...r, [c.key]: v } : r)))}
            />
          ))}
          {props.issues[`${props.path}.${i}`] && (
            <span className="field-error" role="alert">
              {props.issues[`${props.path}.${i}`]}
            </span>
          )}
          <button type="button" className="link" onClick={() => set(rows.filter((_, j) => j !== i))}>
            {props.t.remove}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => set([...rows, { ...(props.blank as Record<string, string>) }])}>
        {props.t.add}
      </button>
    </fieldset>
  );
}

function changeClass(change: number | null): string {
  if (change === null || Math.abs(change) < 0.5) return 'chg-0';
  const mag = Math.abs(change) >= 20 ? 3 : Math.abs(change) >= 5 ? 2 : 1;
  return `chg-${change > 0 ? 'up' : 'down'}-${mag}`;
}

function download(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ScenarioForm(props: {
  lang: Lang;
  municipality: string;
  initial: FormState | null;
  /** The saved scenario's name and revision when the form was opened from one (a save replaces it). */
  saved: { name: string; revision: number } | null;
  attributions: string[];
  geometryAttribution: string | null;
}) {
  const dict = dictionary(props.lang);
  const t = dict.scenarios;
  const [state, setStateRaw] = useState<FormState>(props.initial ?? emptyState(t.scenario));
  const [issues, setIssues] = useState<Issues>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState<'run' | 'save' | null>(null);
  const [result, setResult] = useState<RunResult | null>(null);
  const [savedUrl, setSavedUrl] = useState<string | null>(null);
  const [saved, setSaved] = useState(props.saved);
  const setState = (f: (s: FormState) => FormState) => setStateRaw(f);
  const field = (key: keyof FormState & string, label: string, path: string, numeric = true) => (
    <Field
      label={label}
      path={path}
      value={state[key] as string}
      numeric={numeric}
      issues={issues}
      onChange={(v) => setState((s) => ({ ...s, [key]: v }))}
    />
  );

  async function post(url: string, body: unknown): Promise<{ ok: boolean; data: Record<string, unknown> }> {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    let data: Record<string, unknown> = {};
    try {
      data = (await res.json()) as Record<string, unknown>;
    } catch {
      /* not JSON */
    }
    return { ok: res.ok, data };
  }

  function showIssues(data: Record<string, unknown>, fallback: string) {
    const err = data.error as { issues?: { param: string; message: string }[] } | undefined;
    const list = err?.issues ?? [];
    const next: Issues = {};
    for (const i of list) {
      const p = i.param.replace(/^scenario\./, '');
      if (!next[p]) next[p] = i.message;
    }
    setIssues(next);
    const orphan = list.filter((i) => !document.getElementById(idOf(i.param)) && !/\.\d+$/.test(i.param));
    setMessage(
      list.length
        ? `${t.invalid}${orphan.length ? ` ${orphan.map((i) => `${i.param}: ${i.message}`).join('; ')}` : ''}`
        : fallback,
    );
  }

  async function run() {
    setBusy('run');
    setMessage(null);
    setSavedUrl(null);
    try {
      const { ok, data } = await post('/api/scenarios/run', {
        municipality: props.municipality,
        scenario: toDocument(state, props.municipality),
      });
      if (!ok) {
        setResult(null);
        return showIssues(data, t.failed);
      }
      setIssues({});
      setResult(data as unknown as RunResult);
    } catch {
      setMessage(t.failed);
    } finally {
      setBusy(null);
    }
  }

  async function save() {
    setBusy('save');
    setMessage(null);
    setSavedUrl(null);
    try {
      const document = toDocument(state, props.municipality);
      // Saving under the name it was opened with replaces that revision; any other name is a new scenario.
      const revision = saved && saved.name === document.name ? saved.revision : undefined;
      const { ok, data } = await post('/api/scenarios', {
        scenario: document,
        municipality: props.municipality,
        revision,
      });
      if (!ok) return showIssues(data, t.saveFailed);
      setIssues({});
      setSaved({ name: String(data.saved), revision: Number(data.revision) });
      const sp = new URLSearchParams({ name: String(data.saved), municipality: props.municipality, lang: props.lang });
      setSavedUrl(`/scenarios?${sp.toString()}`);
    } catch {
      setMessage(t.saveFailed);
    } finally {
      setBusy(null);
    }
  }

  const years = useMemo(
    () => (result ? [...new Set(result.rows.map((r) => r.year))].sort((a, b) => a - b) : []),
    [result],
  );
  const [pickedYear, setPickedYear] = useState<number | null>(null);
  const year = pickedYear !== null && years.includes(pickedYear) ? pickedYear : years[years.length - 1];
  const yearRows = useMemo(() => (result ? result.rows.filter((r) => r.year === year) : []), [result, year]);
  const byArea = useMemo(() => {
    const m = new Map<string, Map<number, ComparisonRow>>();
    for (const r of result?.rows ?? []) {
      if (!m.has(r.postalCode)) m.set(r.postalCode, new Map());
      m.get(r.postalCode)!.set(r.year, r);
    }
    return m;
  }, [result]);
  const nf = (v: number | null, digits = 0) =>
    v === null ? '' : v.toLocaleString(dict.locale, { maximumFractionDigits: digits });
  const withheld = (r: ComparisonRow) => (r.status === 'small' ? '<5' : dict.common.suppressed);
  const last = result?.totals[result.totals.length - 1];

  return (
    <div className="scenario-page">
      <form
        className="scenario-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <fieldset>
          <legend>{t.title}</legend>
          <div className="fields">
            {field('name', t.name, 'name', false)}
            {field('author', t.author, 'author', false)}
            <Field
              label={t.description}
              path="description"
              value={state.description}
              issues={issues}
              wide
              onChange={(v) => setState((s) => ({ ...s, description: v }))}
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>{t.demography}</legend>
          <div className="fields">
            {field('births', t.births, 'births.pct')}
            {field('migrationAll', t.migrationAll, `migration.${state.migration.length}.pctPerYear`)}
          </div>
          <Rows
            kind="migration"
            path="migration"
            legend={t.migration}
            state={state}
            setState={setState}
            issues={issues}
            t={t}
            blank={{ postalCode: '', pctPerYear: '' }}
            columns={[
              { key: 'postalCode', label: t.postalCode },
              { key: 'pctPerYear', label: t.pctPerYear, numeric: true },
            ]}
          />
          <Rows
            kind="housing"
            path="housing"
            legend={t.housing}
            state={state}
            setState={setState}
            issues={issues}
            t={t}
            blank={{ postalCode: '', year: '', dwellings: '', floorAreaM2: '' }}
            columns={[
              { key: 'postalCode', label: t.postalCode },
              { key: 'year', label: t.year, numeric: true },
              { key: 'dwellings', label: t.dwellings, numeric: true },
              { key: 'floorAreaM2', label: t.floorAreaM2, numeric: true },
            ]}
          />
        </fieldset>
        <fieldset>
          <legend>{t.service}</legend>
          <Rows
            kind="participation"
            path="participation"
            legend={t.participation}
            state={state}
            setState={setState}
            issues={issues}
            t={t}
            blank={{ age: '', pp: '', fromYear: '' }}
            columns={[
              { key: 'age', label: t.age, numeric: true },
              { key: 'pp', label: t.pp, numeric: true },
              { key: 'fromYear', label: t.fromYear, numeric: true },
            ]}
          />
          <div className="fields">
            {field('ratioUnder3', `${t.ratios}: ${t.under3}`, 'ratios.under3')}
            {field('ratioFullDay', `${t.ratios}: ${t.fullDay3plus}`, 'ratios.fullDay3plus')}
            {field('ratioPartDay', `${t.ratios}: ${t.partDay3plus}`, 'ratios.partDay3plus')}
            {field('m2PerChild', t.m2PerChild, 'm2PerChild')}
            {field('fromYear', t.fromYear, 'fromYear')}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t.units}</legend>
          {issues.units && (
            <p className="field-error" role="alert">
              {issues.units}
            </p>
          )}
          <Rows
            kind="open"
            path="units.open"
            legend={t.openUnit}
            state={state}
            setState={setState}
            issues={issues}
            t={t}
            blank={{
              unitId: '',
              nameFi: '',
              postalCode: '',
              lon: '',
              lat: '',
              capacityUnder3: '',
              capacity3plus: '',
              openingYear: '',
            }}
            columns={[
              { key: 'unitId', label: t.unitId },
              { key: 'nameFi', label: t.unitName },
              { key: 'postalCode', label: t.postalCode },
              { key: 'lon', label: t.lon, numeric: true },
              { key: 'lat', label: t.lat, numeric: true },
              { key: 'capacityUnder3', label: t.capUnder3, numeric: true },
              { key: 'capacity3plus', label: t.cap3plus, numeric: true },
              { key: 'openingYear', label: t.openingYear, numeric: true },
            ]}
          />
          <Rows
            kind="close"
            path="units.close"
            legend={t.closeUnit}
            state={state}
            setState={setState}
            issues={issues}
            t={t}
            blank={{ unitId: '', year: '' }}
            columns={[
              { key: 'unitId', label: t.unitId },
              { key: 'year', label: t.year, numeric: true },
            ]}
          />
          <Rows
            kind="capacity"
            path="units.capacity"
            legend={t.capacityChange}
            state={state}
            setState={setState}
            issues={issues}
            t={t}
            blank={{ unitId: '', year: '', under3Delta: '', plus3Delta: '' }}
            columns={[
              { key: 'unitId', label: t.unitId },
              { key: 'year', label: t.year, numeric: true },
              { key: 'under3Delta', label: t.under3Delta, numeric: true },
              { key: 'plus3Delta', label: t.plus3Delta, numeric: true },
            ]}
          />
        </fieldset>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy !== null}>
            {busy === 'run' ? t.running : t.run}
          </button>
          <button type="button" disabled={busy !== null} onClick={() => void save()}>
            {busy === 'save' ? t.saving : t.save}
          </button>
          {result && (
            <button
              type="button"
              onClick={() =>
                download(
                  comparisonToCsv(result.rows, [
                    `scenario: ${state.name}`,
                    `municipality: ${props.municipality}`,
                    ...props.attributions,
                  ]),
                  `scenario-${props.municipality}-${state.name.replace(/[^\w-]+/g, '_')}.csv`,
                )
              }
            >
              {t.exportCsv}
            </button>
          )}
        </div>
        <div aria-live="polite">
          {message && (
            <p className="form-message" role="alert">
              {message}
            </p>
          )}
          {savedUrl && (
            <p className="form-saved" data-testid="saved-link">
              {t.saved} <a href={savedUrl}>{savedUrl}</a>
            </p>
          )}
        </div>
      </form>

      {result && (
        <section className="comparison" aria-labelledby="comparison-title" data-testid="comparison">
          <h2 id="comparison-title">
            {t.compare} <span className="note">({t.computedIn(result.ms)})</span>
          </h2>
          <h3>{t.shownTotal}</h3>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t.shownTotal}>
            <table className="data" data-testid="totals-table">
              <thead>
                <tr>
                  <th>{t.year}</th>
                  <th>{t.baseline}</th>
                  <th>{t.scenario}</th>
                  <th>{t.change}</th>
                </tr>
              </thead>
              <tbody>
                {result.totals.map((x) => (
                  <tr key={x.year}>
                    <td>{x.year}</td>
                    <td className="num">{nf(x.base)}</td>
                    <td className="num">{nf(x.scenario)}</td>
                    <td className="num">{nf(x.scenario - x.base)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {last && (
            <p className="note">
              {last.year}:{' '}
              <span data-testid="total-baseline" data-value={last.base}>
                {nf(last.base)}
              </span>{' '}
              →{' '}
              <span data-testid="total-scenario" data-value={last.scenario}>
                {nf(last.scenario)}
              </span>
            </p>
          )}
          <h3>{t.diffMap}</h3>
          <label className="year-choice">
            {t.year}{' '}
            <select value={year} onChange={(e) => setPickedYear(Number(e.target.value))} data-testid="comparison-year">
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          {props.geometryAttribution !== null && (
            <DiffMap
              lang={props.lang}
              municipality={props.municipality}
              rows={result.rows}
              year={year}
              dataAttribution={props.geometryAttribution}
            />
          )}
          <div className="table-scroll diff-grid" tabIndex={0} role="region" aria-label={t.diffMap}>
            <table className="data" data-testid="diff-grid">
              <thead>
                <tr>
                  <th>{t.postalCode}</th>
                  {years.map((y) => (
                    <th key={y}>{y}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {[...byArea].map(([code, ys]) => (
                  <tr key={code}>
                    <th scope="row">{code}</th>
                    {years.map((y) => {
                      const r = ys.get(y);
                      if (!r) return <td key={y} />;
                      if (r.status !== 'ok')
                        return (
                          <td key={y} className="num withheld">
                            {withheld(r)}
                          </td>
                        );
                      return (
                        <td
                          key={y}
                          className={`num ${changeClass(r.demandChange)}`}
                          title={`${nf(r.baseDemand, 1)} → ${nf(r.scenarioDemand, 1)}`}
                        >
                          {r.demandChange! > 0 ? '+' : ''}
                          {nf(r.demandChange, 1)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>
            {t.demand}, {t.gap}, {t.staff}, {t.m2}: {year}
          </h3>
          <div className="table-scroll detail" tabIndex={0} role="region" aria-label={t.compare}>
            <table className="data" data-testid="comparison-table">
              <thead>
                <tr>
                  <th>{t.postalCode}</th>
                  <th>{t.year}</th>
                  <th>
                    {t.demand}: {t.baseline}
                  </th>
                  <th>{t.scenario}</th>
                  <th>{t.change}</th>
                  <th>
                    {t.gap}: {t.baseline}
                  </th>
                  <th>{t.scenario}</th>
                  <th>
                    {t.staff}: {t.baseline}
                  </th>
                  <th>{t.scenario}</th>
                  <th>
                    {t.m2}: {t.baseline}
                  </th>
                  <th>{t.scenario}</th>
                </tr>
              </thead>
              <tbody>
                {yearRows.map((r) => (
                  <tr key={`${r.postalCode}-${r.year}`}>
                    <td>{r.postalCode}</td>
                    <td>
                      {r.year}
                      {r.isForecast ? ` (${dict.common.forecast})` : ''}
                    </td>
                    {r.status !== 'ok' ? (
                      <td colSpan={9} className="withheld">
                        {withheld(r)}
                      </td>
                    ) : (
                      <>
                        <td className="num">{nf(r.baseDemand, 1)}</td>
                        <td className="num">{nf(r.scenarioDemand, 1)}</td>
                        <td className={`num ${changeClass(r.demandChange)}`}>{nf(r.demandChange, 1)}</td>
                        <td className="num">
                          {nf(r.baseGap, 1)}
                          {r.syntheticCapacity ? ' *' : ''}
                        </td>
                        <td className="num">
                          {nf(r.scenarioGap, 1)}
                          {r.syntheticCapacity ? ' *' : ''}
                        </td>
                        <td className="num">{nf(r.baseStaffFte, 1)}</td>
                        <td className="num">{nf(r.scenarioStaffFte, 1)}</td>
                        <td className="num">{nf(r.baseM2)}</td>
                        <td className="num">{nf(r.scenarioM2)}</td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {result.rows.some((r) => r.syntheticCapacity) && <p className="note">* {t.synthetic}</p>}
        </section>
      )}
    </div>
  );
}
