import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ROLES, permittedActions, type Role } from '../domain/auth/actions';
import { firstPageFor, navItemsFor, SiteNav } from './site-nav';

/** The header's navigation (ui/site-nav.tsx): only the pages each role may open, on the pages' own rules. */
const pagesOf = (role: Role) => navItemsFor(permittedActions({ roles: [role], municipalities: [] })).map((i) => i.path);

describe('navigation by role', () => {
  it('lists the pages each role may open', () => {
    expect(pagesOf('planner')).toEqual(['/map', '/wellbeing', '/scenarios', '/report']);
    expect(pagesOf('leadership')).toEqual(['/map', '/wellbeing', '/scenarios', '/report', '/offers/kpi']);
    expect(pagesOf('analyst')).toEqual(['/map', '/wellbeing', '/data', '/scenarios', '/models']);
    expect(pagesOf('placement')).toEqual(['/map', '/offers', '/offers/kpi']);
    expect(pagesOf('admin')).toEqual(['/map', '/data', '/models', '/admin/users', '/admin/audit']);
  });

  it('sends every role to the map first, and nobody without actions anywhere', () => {
    for (const role of ROLES)
      expect(firstPageFor(permittedActions({ roles: [role], municipalities: [] }))).toBe('/map');
    expect(firstPageFor([])).toBeNull();
  });

  it('renders links in the language, marks the current page and renders nothing without pages', () => {
    const html = renderToStaticMarkup(
      createElement(SiteNav, {
        lang: 'sv',
        permitted: ['dashboard.read', 'users.manage'],
        currentPath: '/admin/users',
      }),
    );
    expect(html).toContain('href="/map?lang=sv"');
    expect(html).toContain('<a href="/admin/users?lang=sv" aria-current="page">Användare</a>');
    expect(html).not.toContain('/admin/audit');
    expect(renderToStaticMarkup(createElement(SiteNav, { lang: 'fi', permitted: [], currentPath: '/' }))).toBe('');
  });
});
