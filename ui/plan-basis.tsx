// Relative imports: the unit tests (vitest) resolve no "@/" alias.
import { formatDate } from '../core/format/number';
import { dictionary, type Lang } from '../i18n';
import { formatNumber } from './format';

/** What the plan shown was computed from: the map payload's `plan`, or the PlanInfo of the area and report pages. */
export interface PlanBasisInfo {
  modelVersion: string | null;
  computedAt: string;
  /** A recompute for a newer model or newer data is due: the figures are still the old ones. */
  stale: boolean;
  syntheticUnits?: number;
}

/**
 * The store writes the time of computation as a UTC TIMESTAMP, printed without a zone
 * ("2025-01-02 10:11:12.123456"). Read as UTC it formats the same on the server and in the browser
 * (no hydration mismatch); anything unreadable is shown as written.
 */
function formatComputedAt(computedAt: string, locale: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)(\.\d{1,3})?\d*(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(
    computedAt.trim(),
  );
  const iso = m ? `${m[1]}T${m[2]}${m[3] ?? ''}${m[4] ?? 'Z'}` : computedAt;
  return Number.isNaN(Date.parse(iso)) ? computedAt.slice(0, 16) : formatDate(iso, locale);
}

/**
 * One line naming the model and date the plan figures come from and, while a recompute is due, a
 * polite status note that the figures shown are the previous ones. The live region is always there
 * (empty when fresh) so that a note appearing after a refresh is announced.
 */
export function PlanBasis({ basis, lang }: { basis: PlanBasisInfo; lang: Lang }) {
  const t = dictionary(lang);
  const date = formatComputedAt(basis.computedAt, t.locale);
  return (
    <div
      className="plan-basis"
      data-testid="plan-basis"
      data-stale={String(basis.stale)}
      data-model-version={basis.modelVersion ?? ''}
    >
      <p className="note">
        {t.plan.basis(basis.modelVersion, date)}
        {basis.syntheticUnits ? ` ${t.plan.syntheticUnits(formatNumber(basis.syntheticUnits, t))}` : ''}
      </p>
      <div role="status">{basis.stale && <p className="plan-stale">{t.plan.stale(basis.modelVersion ?? date)}</p>}</div>
    </div>
  );
}
