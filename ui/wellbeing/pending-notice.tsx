import type { Lang } from '../../i18n';
import { wellbeingDictionary } from '../../i18n/wellbeing';

/** The wing's tables have not been computed yet (a fresh start computes them within a minute or two). */
export function PendingNotice({ lang }: { lang: Lang }) {
  const t = wellbeingDictionary(lang);
  return (
    <section className="unavailable-notice" data-testid="wellbeing-pending" aria-labelledby="pending-heading">
      <h1 id="pending-heading">{t.title}</h1>
      <p role="status">{t.pending}</p>
    </section>
  );
}
