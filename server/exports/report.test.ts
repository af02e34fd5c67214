import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { computePlan } from '../../domain/planning/engine';
import { fixtureInputs } from '../../tests/builders/plan-fixtures';
import type { PlanRow } from '../../domain/planning/plan-types';
import { buildReport, roundTo } from '../../domain/report/capacity-report';
import { reportToCsv, type ReportMeta } from './report-csv';
import { compareWithBaseline, comparisonToCsv, shownTotals } from '../../domain/report/scenario-compare';
import { summariseReport } from '../../domain/report/summary';
import { dictionary } from '../../i18n';
import { renderReportSummary } from '../../i18n/report-summary';
import { reportToXlsx } from './report-xlsx';

const row = (
  postalCode: string,
  year: number,
  demand: number | null,
  capacity: number | null,
  more: Partial<PlanRow> = {},
): PlanRow => ({
  scenario: 'baseline',
  postalCode,
  municipalityCode: '091',
  year,
  isForecast: year > 2021,
  children02: demand,
  children36: demand,
  children6: null,
  demandUnder3: null,
  demand3plusFullday: null,
  demand3plusPartday: null,
  demandPreschool: null,
  demandTotal: demand,
  demandTotalLo80: demand === null ? null : demand * 0.9,
  demandTotalHi80: demand === null ? null : demand * 1.1,
  capacityUnder3: null,
  capacity3plus: null,
  capacityTotal: capacity,
  capacityWalkTotal: capacity,
  gapPlaces: demand !== null && capacity !== null ? demand - capacity : null,
  gapM2: demand !== null && capacity !== null ? (demand - capacity) * 8 : null,
  fillRate: null,
  staffEducators: demand === null ? null : Math.ceil(demand / 7),
  staffFte: demand === null ? null : Math.ceil(demand / 7) * 1.1,
  groups: null,
  floorAreaNeededM2: demand === null ? null : demand * 8,
  rag: null,
  syntheticCapacity: true,
  preschoolTransportNeeded: null,
  ...more,
});

const districts: Record<string, { code: string; name: string }> = {
  '00100': { code: 'S', name: 'Eteläinen' },
  '00200': { code: 'S', name: 'Eteläinen' },
  '00900': { code: 'E', name: 'Itäinen' },
};

const meta: ReportMeta = {
  title: 'Capacity report',
  municipality: 'Helsinki (091)',
  scenario: 'baseline',
  generatedAt: '2026-01-01T00:00:00Z',
  summary: ['In 2026 ...'],
  notes: ['rounded'],
  attributions: [{ attribution: 'Statistics Finland, Paavo', licence: 'CC BY 4.0' }],
};

describe('capacity report', () => {
  const rows = [
    row('00100', 2026, 400, 300),
    row('00200', 2026, 3, 0),
    row('00900', 2026, 900, 1000),
    row('00900', 2021, 800, 1000),
  ];
  const report = buildReport(rows, (r) => districts[r.postalCode]);

  it('sums areas by district and year, rounded so withheld areas cannot be computed back', () => {
    const south = report.find((r) => r.districtCode === 'S' && r.year === 2026)!;
    expect(south.areas).toBe(2);
    expect(south.demand).toBe(400); // 403 -> 400
    expect(south.gap).toBe(100);
    expect(south.floorAreaNeededM2).toBe(3200);
    expect(south.syntheticCapacity).toBe(true);
    expect(roundTo(1234, 100)).toBe(1200);
  });

  it('withholds a district whose demand is below 5', () => {
    const small = buildReport([row('00100', 2026, 3, 10)], () => ({ code: 'S', name: 'S' }));
    expect(small[0].withheld).toBe(true);
    expect(small[0].demand).toBeNull();
    expect(small[0].gap).toBeNull();
  });

  it('writes a summary naming the biggest shortfall and the synthetic caveat, in each language', () => {
    const summary = (rows: typeof report, lang: 'fi' | 'sv' | 'en') =>
      renderReportSummary(summariseReport(rows), dictionary(lang));
    const text = summary(report, 'en');
    expect(text.join(' ')).toContain('Eteläinen (about 100 places');
    expect(text.join(' ')).not.toContain('Itäinen (');
    expect(text.at(-1)).toMatch(/synthetic/);
    expect(summary(report, 'sv').join(' ')).toContain('Eteläinen (cirka 100 platser');
    expect(summary(report, 'sv').at(-1)).toMatch(/syntetiska/);
    const enough = buildReport([row('00900', 2026, 900, 1000)], () => ({ code: 'E', name: 'Itäinen' }));
    expect(summary(enough, 'fi')[0]).toMatch(/ei ole paikkavajetta/);
    const unknown = buildReport([row('00900', 2026, 900, null)], () => ({ code: 'E', name: 'Espoo' }));
    expect(summary(unknown, 'en')[0]).toMatch(/Capacity in 2026 is unknown/);
  });

  it('exports CSV with the attributions and the synthetic capacity marked', () => {
    const csv = reportToCsv(report, meta);
    expect(csv.split('\n')[0]).toMatch(/^district_code,district,year/);
    expect(csv).toContain('synthetic');
    expect(csv).toContain('# Statistics Finland, Paavo (CC BY 4.0)');
  });

  it('exports an XLSX workbook that opens', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await reportToXlsx(report, meta)) as unknown as ExcelJS.Buffer);
    expect(book.getWorksheet('Report')!.rowCount).toBe(report.length + 1);
    expect(String(book.getWorksheet('Sources')!.getRow(2).getCell(1).value)).toContain('Statistics Finland');
  });
});

describe('scenario comparison', () => {
  it('shows more demand with more births and withholds small areas', () => {
    const inputs = fixtureInputs();
    const base = computePlan(inputs);
    const more = computePlan(inputs, { name: 'more births', births: { pct: 50 } });
    const rows = compareWithBaseline(base, more);
    expect(rows.length).toBe(base.length);
    const totals = shownTotals(rows);
    expect(totals.at(-1)!.scenario).toBeGreaterThanOrEqual(totals.at(-1)!.base);
    for (const r of rows)
      if (r.status !== 'ok')
        expect([r.baseDemand, r.scenarioDemand, r.demandChange, r.baseGap]).toEqual([null, null, null, null]);
    expect(comparisonToCsv(rows, ['source X']).split('\n')[0]).toMatch(
      /^postal_code,year,is_forecast,withheld,demand_total_baseline/,
    );
  });

  it('withholds an area-year whose demand is below 5', () => {
    const [r] = compareWithBaseline([row('00100', 2026, 3, 10)], [row('00100', 2026, 6, 10)]);
    expect(r.status).toBe('small');
    expect(r.scenarioDemand).toBeNull();
  });
});
