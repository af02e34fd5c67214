'use client';

import { useMemo, useState } from 'react';
import { dictionary, type Lang } from '@/i18n';
import { ComparisonTable } from './comparison-table';
import { DiffGrid } from './diff-grid';
import { DiffMap } from './diff-map';
import type { RunResult } from './scenario-api';
import { TotalsTable } from './totals-table';

/**
 * The result of a run: totals by year, the difference map and grid, and one year's figures by area.
 * The year shown is the last one until the reader picks another.
 */
export function ComparisonSection(props: {
  lang: Lang;
  municipality: string;
  result: RunResult;
  /** Attribution of the boundaries; null when the municipality has none (no map then). */
  geometryAttribution: string | null;
}) {
  const { result } = props;
  const dict = dictionary(props.lang);
  const t = dict.scenarios;
  const years = useMemo(() => [...new Set(result.rows.map((r) => r.year))].sort((a, b) => a - b), [result]);
  const [pickedYear, setPickedYear] = useState<number | null>(null);
  const year = pickedYear !== null && years.includes(pickedYear) ? pickedYear : years[years.length - 1];
  const yearRows = useMemo(() => result.rows.filter((r) => r.year === year), [result, year]);

  return (
    <section className="comparison" aria-labelledby="comparison-title" data-testid="comparison">
      <h2 id="comparison-title">
        {t.compare} <span className="note">({t.computedIn(result.ms)})</span>
      </h2>
      <TotalsTable totals={result.totals} t={dict} />
      <h3 id="diff-title">{t.diffMap}</h3>
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
      <DiffGrid rows={result.rows} years={years} t={dict} labelledBy="diff-title" />
      <h3 id="detail-title">
        {t.demand}, {t.gap}, {t.staff}, {t.m2}: {year}
      </h3>
      <ComparisonTable rows={yearRows} t={dict} labelledBy="detail-title" />
      {result.rows.some((r) => r.syntheticCapacity) && <p className="note">* {t.synthetic}</p>}
    </section>
  );
}
