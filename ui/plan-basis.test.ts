import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PlanBasis } from './plan-basis';

/** The plan's basis line and its stale note (ui/plan-basis.tsx); the e2e tests read its data attributes. */
const render = (basis: Parameters<typeof PlanBasis>[0]['basis'], lang: 'fi' | 'en' = 'en') =>
  renderToStaticMarkup(createElement(PlanBasis, { basis, lang }));

describe('PlanBasis', () => {
  it('names the model and the date of a fresh plan, with an empty live region', () => {
    const html = render({ modelVersion: 'v7', computedAt: '2025-01-02 22:30:00.123456', stale: false });
    expect(html).toContain('data-testid="plan-basis" data-stale="false" data-model-version="v7"');
    // 22:30 UTC is already 3 January in Finland.
    expect(html).toContain('Plan computed from model v7 on 3 Jan 2025.');
    expect(html).toContain('<div role="status"></div>');
  });

  it('says a stale plan is being recomputed and which model its figures are from', () => {
    const html = render({ modelVersion: 'v7', computedAt: '2025-01-02T10:00:00Z', stale: true, syntheticUnits: 12 });
    expect(html).toContain('data-stale="true"');
    expect(html).toContain('figures shown are from v7.');
    expect(html).toContain('Capacity includes 12 synthetic (illustrative) units.');
  });

  it('shows an unreadable time as written instead of failing', () => {
    const html = render({ modelVersion: null, computedAt: 'yesterday', stale: false }, 'fi');
    expect(html).toContain('data-model-version=""');
    expect(html).toContain('yesterday');
  });
});
