import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ReportControls } from './report-controls';

/** The report's exports (ui/report/report-controls.tsx): links for CSV and XLSX, a POST form for the PDF. */
const render = (canExport: boolean) =>
  renderToStaticMarkup(
    createElement(ReportControls, {
      lang: 'en',
      municipality: '091',
      scenario: 'baseline',
      scenarios: ['baseline'],
      exports: true,
      canExport,
    }),
  );

describe('report exports', () => {
  it('posts the PDF form with the selection and links the other formats', () => {
    const html = render(true);
    expect(html).toContain('<form class="export-form" action="/api/report/pdf" method="post">');
    for (const [name, value] of [
      ['municipality', '091'],
      ['scenario', 'baseline'],
      ['lang', 'en'],
    ]) {
      expect(html).toContain(`<input type="hidden" name="${name}" value="${value}"/>`);
    }
    expect(html).toMatch(/<button type="submit"[^>]*data-testid="export-pdf"/);
    expect(html).toContain('href="/api/report?format=csv&amp;municipality=091&amp;scenario=baseline&amp;lang=en"');
    expect(html).toContain('data-testid="export-xlsx"');
  });

  it('offers no export to a user who may not export', () => {
    const html = render(false);
    expect(html).not.toContain('export-');
    expect(html).not.toContain('/api/report');
  });
});
