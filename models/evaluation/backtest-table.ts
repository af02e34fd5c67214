import { BASELINE_NAMES, PRODUCT_MODEL } from '../../domain/forecasting/methods';
import type { SummaryRow } from './summarise';

/**
 * The backtest table as Markdown, one row per scope x age group x horizon: the product's out-of-sample
 * MAPE next to every baseline's, the best baseline and the product's skill against it, its bias
 * (MALPE) and interval coverage. docs/forecasting.md carries it (`npm run backtest -- --docs`) and
 * `npm run bench:forecast` prints it per size tercile.
 */
const f = (x: number | null | undefined, d = 1) =>
  x === null || x === undefined || !Number.isFinite(x) ? '-' : x.toFixed(d);
const pct = (x: number | null | undefined) => (x === null || x === undefined ? '-' : `${Math.round(x * 100)} %`);

export function backtestTable(summary: readonly SummaryRow[], sizeClass = 'all'): string[] {
  const lines = [
    `| scope | age | h | n | ${PRODUCT_MODEL} | ${BASELINE_NAMES.join(' | ')} | best baseline | skill | MALPE | cov80 | cov95 |`,
    `|${' --- |'.repeat(10 + BASELINE_NAMES.length)}`,
  ];
  const product = summary.filter((r) => r.model === PRODUCT_MODEL && r.sizeClass === sizeClass);
  const order = ['helsinki', 'finland', 'subdistricts'];
  product.sort(
    (a, b) =>
      order.indexOf(a.scope) - order.indexOf(b.scope) || a.ageGroup.localeCompare(b.ageGroup) || a.horizon - b.horizon,
  );
  for (const r of product) {
    const same = (m: string) =>
      summary.find(
        (x) =>
          x.model === m &&
          x.scope === r.scope &&
          x.ageGroup === r.ageGroup &&
          x.horizon === r.horizon &&
          x.sizeClass === sizeClass,
      );
    const baselines = BASELINE_NAMES.map((m) => f(same(m)?.mape));
    const skill = r.skill === null ? '-' : `${Math.round(r.skill * 100)} %`;
    lines.push(
      `| ${r.scope} | ${r.ageGroup} | ${r.horizon} | ${r.n} | ${f(r.mape)} | ${baselines.join(' | ')} | ${r.bestBaseline ?? '-'} | ${skill} | ${f(r.malpe)} | ${pct(r.coverage80)} | ${pct(r.coverage95)} |`,
    );
  }
  return lines;
}

/** Replaces the text between the two markers of `doc` with `lines`. */
export function replaceBetweenMarkers(doc: string, begin: string, end: string, lines: readonly string[]): string {
  const i = doc.indexOf(begin);
  const j = doc.indexOf(end);
  if (i < 0 || j < i) throw new Error(`the document has no ${begin} ... ${end} section`);
  return `${doc.slice(0, i + begin.length)}\n${lines.join('\n')}\n${doc.slice(j)}`;
}
