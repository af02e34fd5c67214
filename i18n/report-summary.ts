import { formatNumber } from '../core/format/number';
import type { SummaryFacts } from '../domain/report/summary';
import type { Dictionary } from './fi';

/** The capacity report's written summary in the reader's language: one paragraph per year, then caveats. */
export function renderReportSummary(facts: SummaryFacts, t: Dictionary): string[] {
  const s = t.report.summaryText;
  const n = (v: number) => formatNumber(v, t.locale);
  const paragraphs = facts.years.map((y) => {
    if (y.kind === 'unknown') return s.unknown(y.year);
    if (y.kind === 'none') return s.none(y.year);
    const items = y.items.map((i) =>
      s.item(
        i.district,
        n(i.gap),
        i.demandLo80 === null ? null : n(i.demandLo80),
        i.demandHi80 === null ? null : n(i.demandHi80),
      ),
    );
    return `${s.lead(y.year, y.items.length)} ${items.join(', ')}. ${s.total(n(y.totals.gap), n(y.totals.gapM2), n(y.totals.staffFte))}`;
  });
  return facts.synthetic ? [...paragraphs, s.synthetic] : paragraphs;
}
