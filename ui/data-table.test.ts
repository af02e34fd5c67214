import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataTable, type Column } from './data-table';

/** The one data table (ui/data-table.tsx): headers, row headers, numeric cells, spans and the region. */
interface Row {
  name: string;
  a: number;
  b: number;
  withheld?: boolean;
}

const columns: Column<Row>[] = [
  { key: 'name', header: 'Name', rowHeader: true, cell: (r) => r.name },
  {
    key: 'a',
    header: 'A',
    numeric: true,
    cell: (r) => (r.withheld ? '<5' : r.a),
    colSpan: (r) => (r.withheld ? 2 : undefined),
  },
  { key: 'b', header: 'B', numeric: true, cell: (r) => r.b, cellClassName: (r) => (r.b > 1 ? 'num high' : 'num') },
];

const render = (rows: Row[], extra: object = {}) =>
  renderToStaticMarkup(
    createElement(DataTable<Row>, {
      columns,
      rows,
      rowKey: (r) => r.name,
      labelledBy: 'title',
      testId: 'table',
      ...extra,
    }),
  );

describe('DataTable', () => {
  it('is a focusable region named by its heading, with column and row headers', () => {
    const html = render([{ name: 'x', a: 1, b: 2 }]);
    expect(html).toContain('<div class="table-scroll" tabindex="0" role="region" aria-labelledby="title">');
    expect(html).toContain('<table class="data" data-testid="table">');
    expect(html).toContain('<th scope="col">Name</th><th scope="col" class="num">A</th>');
    expect(html).toContain('<th scope="row">x</th><td class="num">1</td><td class="num high">2</td>');
  });

  it('spans a cell over the columns it covers and skips them', () => {
    const html = render([{ name: 'y', a: 1, b: 2, withheld: true }]);
    expect(html).toContain('<th scope="row">y</th><td class="num" colSpan="2">&lt;5</td></tr>');
  });

  it('adds row classes, row data, a caption and a footer note', () => {
    const html = render([{ name: 'z', a: 1, b: 1 }], {
      rowClassName: () => 'forecast-row',
      rowData: () => ({ 'data-status': 'active' }),
      caption: 'Caption',
      footer: '* synthetic',
      bounded: true,
    });
    expect(html).toContain('class="table-scroll bounded"');
    expect(html).toContain('<caption>Caption</caption>');
    expect(html).toContain('<tr class="forecast-row" data-status="active">');
    expect(html).toContain('</table><p class="note">* synthetic</p></div>');
  });
});
