import type { Lang } from '../../i18n';
import { wellbeingDictionary } from '../../i18n/wellbeing';

/**
 * The wing's heading, its sub-navigation and the standing notice that it is about areas, never people
 * (on every page of the wing).
 */
export type WellbeingPage = 'overview' | 'compare' | 'districts' | 'method';

const PATHS: Record<WellbeingPage, string> = {
  overview: '/wellbeing',
  compare: '/wellbeing/compare',
  districts: '/wellbeing/districts',
  method: '/wellbeing/method',
};

export function WellbeingHeader(props: { lang: Lang; current: WellbeingPage | null; title: string; lead?: string }) {
  const t = wellbeingDictionary(props.lang);
  return (
    <div className="wellbeing-head">
      <nav aria-label={t.subnav.label} className="wellbeing-subnav">
        <ul>
          {(Object.keys(PATHS) as WellbeingPage[]).map((p) => (
            <li key={p}>
              <a href={`${PATHS[p]}?lang=${props.lang}`} aria-current={p === props.current ? 'page' : undefined}>
                {t.subnav[p]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <h1>{props.title}</h1>
      {props.lead && <p className="lead">{props.lead}</p>}
      <p className="wellbeing-areas-only" data-testid="areas-only">
        {t.areasOnly}
      </p>
    </div>
  );
}
