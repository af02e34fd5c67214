import type { ReactNode } from 'react';

/**
 * The one data table of the product: a keyboard-scrollable region named by its heading, column
 * headers with `scope`, an optional row-header column, numbers right-aligned. No state and no server
 * imports, so server pages and client components both render it.
 */
export interface Column<Row> {
  key: string;
  header: ReactNode;
  /** Right-aligned tabular figures (the cell gets class `num`). */
  numeric?: boolean;
  /** The cell names its row (`<th scope="row">`), so screen readers read it with every other cell. */
  rowHeader?: boolean;
  cell: (row: Row) => ReactNode;
  /** The cell's class, replacing the default (`num` for numeric columns): change colours, shortfalls. */
  cellClassName?: (row: Row) => string | undefined;
  /** The cell's title: the figures behind a rounded or summarised one. */
  cellTitle?: (row: Row) => string | undefined;
  /** Columns this cell spans in its row (a withheld row reads once across its figures); those are skipped. */
  colSpan?: (row: Row) => number | undefined;
}

/** `data-*` attributes of a row (tests and styles find a row by what it is, not where it is). */
export type RowData = Record<`data-${string}`, string | undefined>;

export interface DataTableProps<Row> {
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  /** Id of the heading that names the table (and its scroll region). */
  labelledBy: string;
  testId?: string;
  rowClassName?: (row: Row) => string | undefined;
  rowData?: (row: Row) => RowData;
  caption?: ReactNode;
  /** Shown under the table inside its region: the key to a table's marks ("* synthetic"). */
  footer?: ReactNode;
  /** Extra class of the table element. */
  className?: string;
  /** A long table scrolls inside a framed box of limited height (its header row stays in view). */
  bounded?: boolean;
}

function BodyRow<Row>({
  row,
  columns,
  className,
  data,
}: {
  row: Row;
  columns: Column<Row>[];
  className?: string;
  data?: RowData;
}) {
  const cells: ReactNode[] = [];
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i];
    const span = c.colSpan?.(row);
    const props = {
      className: c.cellClassName ? c.cellClassName(row) : c.numeric ? 'num' : undefined,
      title: c.cellTitle?.(row),
      colSpan: span && span > 1 ? span : undefined,
    };
    cells.push(
      c.rowHeader ? (
        <th key={c.key} scope="row" {...props}>
          {c.cell(row)}
        </th>
      ) : (
        <td key={c.key} {...props}>
          {c.cell(row)}
        </td>
      ),
    );
    // The columns a spanning cell covers get no cell of their own.
    if (span && span > 1) i += span - 1;
  }
  return (
    <tr className={className} {...data}>
      {cells}
    </tr>
  );
}

export function DataTable<Row>(props: DataTableProps<Row>) {
  const { columns, rows } = props;
  return (
    <div
      className={props.bounded ? 'table-scroll bounded' : 'table-scroll'}
      tabIndex={0}
      role="region"
      aria-labelledby={props.labelledBy}
    >
      <table className={props.className ? `data ${props.className}` : 'data'} data-testid={props.testId}>
        {props.caption !== undefined && <caption>{props.caption}</caption>}
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <BodyRow
              key={props.rowKey(row)}
              row={row}
              columns={columns}
              className={props.rowClassName?.(row)}
              data={props.rowData?.(row)}
            />
          ))}
        </tbody>
      </table>
      {props.footer !== undefined && <p className="note">{props.footer}</p>}
    </div>
  );
}
