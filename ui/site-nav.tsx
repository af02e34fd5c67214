import type { Action } from '@/domain/auth/actions';
import { dictionary, type Dictionary, type Lang } from '@/i18n';

/**
 * The pages of the main navigation, in order, each with the action that opens it (the same the page
 * itself requires). The navigation lists only those the user may open; the front page sends a signed-in
 * user to the first of them.
 */
export const NAV_ITEMS = [
  { path: '/map', action: 'dashboard.read', label: (t: Dictionary) => t.nav.map },
  { path: '/wellbeing', action: 'wellbeing.read', label: (t: Dictionary) => t.nav.wellbeing },
  { path: '/data', action: 'data.read', label: (t: Dictionary) => t.nav.data },
  { path: '/scenarios', action: 'scenario.read', label: (t: Dictionary) => t.scenarios.nav },
  { path: '/report', action: 'report.read', label: (t: Dictionary) => t.report.nav },
  { path: '/models', action: 'models.read', label: (t: Dictionary) => t.modelsPage.nav },
  { path: '/offers', action: 'offers.read', label: (t: Dictionary) => t.nav.offers },
  { path: '/offers/kpi', action: 'offers.kpi', label: (t: Dictionary) => t.nav.offersKpi },
  { path: '/admin/users', action: 'users.manage', label: (t: Dictionary) => t.nav.users },
  { path: '/admin/audit', action: 'audit.read', label: (t: Dictionary) => t.nav.audit },
] as const satisfies readonly { path: string; action: Action; label: (t: Dictionary) => string }[];

export const navItemsFor = (permitted: readonly Action[]) =>
  NAV_ITEMS.filter((item) => permitted.includes(item.action));

/** The first page this user may open (null: none at all). */
export const firstPageFor = (permitted: readonly Action[]): string | null => navItemsFor(permitted)[0]?.path ?? null;

const isCurrent = (path: string, current: string) => current === path || current.startsWith(`${path}/`);

export function SiteNav(props: { lang: Lang; permitted: readonly Action[]; currentPath: string }) {
  const t = dictionary(props.lang);
  const items = navItemsFor(props.permitted);
  if (items.length === 0) return null;
  return (
    <nav aria-label={t.nav.label} className="main-nav">
      <ul>
        {items.map((item) => (
          <li key={item.path}>
            <a
              href={`${item.path}?lang=${props.lang}`}
              aria-current={isCurrent(item.path, props.currentPath) ? 'page' : undefined}
            >
              {item.label(t)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
