import type { Lang } from '../../i18n';
import { wellbeingDictionary } from '../../i18n/wellbeing';

/** Downloads of the municipal figures (audited on the server; the same disclosure control as the pages). */
export function ExportLinks({ lang }: { lang: Lang }) {
  const t = wellbeingDictionary(lang);
  return (
    <p className="wellbeing-export">
      {t.exportCsv}:{' '}
      <a href="/api/wellbeing/export?kind=index" download data-testid="export-index">
        {t.index.name}
      </a>
      {' · '}
      <a href="/api/wellbeing/export?kind=forecasts" download data-testid="export-forecasts">
        {t.overview.layerDemand}
      </a>
      <span className="note"> — {t.exportNote}</span>
    </p>
  );
}
