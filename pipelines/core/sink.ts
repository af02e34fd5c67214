import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';

type ColumnType = 'varchar' | 'integer' | 'double' | 'boolean';

/** Column order must match pipelines/sql/schema.sql; file_id is stamped by the sink. */
const TABLES = {
  postal_observation: {
    line: 'integer', postal_code: 'varchar', postal_name: 'varchar', municipality_code: 'varchar',
    municipality_name: 'varchar', year: 'integer', variable: 'varchar', value: 'double', suppressed: 'boolean',
  },
  municipal_observation: {
    line: 'integer', municipality_code: 'varchar', municipality_name: 'varchar', year: 'integer',
    variable: 'varchar', value: 'double', suppressed: 'boolean',
  },
  subarea_observation: {
    line: 'integer', municipality_code: 'varchar', area_code: 'varchar', area_name: 'varchar', area_level: 'varchar',
    year: 'integer', variable: 'varchar', age: 'varchar', sex: 'varchar', language: 'varchar', value: 'double',
    suppressed: 'boolean',
  },
  subarea_hierarchy: {
    line: 'integer', municipality_code: 'varchar', area_code: 'varchar', area_name: 'varchar', area_level: 'varchar',
    parent_code: 'varchar', parent_level: 'varchar',
  },
  grid_observation: {
    line: 'integer', year: 'integer', grid_index: 'varchar', lon: 'double', lat: 'double', cell_size_m: 'integer',
    variable: 'varchar', value: 'double', suppressed: 'boolean',
  },
  projection_rate: {
    line: 'integer', region_code: 'varchar', region_name: 'varchar', year: 'integer', measure: 'varchar',
    sex: 'varchar', age: 'integer', value: 'double',
  },
  projection_value: {
    line: 'integer', scope: 'varchar', municipality_code: 'varchar', municipality_name: 'varchar', area_code: 'varchar',
    area_name: 'varchar', vintage: 'integer', year: 'integer', variable: 'varchar', value: 'double',
  },
  postal_geometry: {
    line: 'integer', postal_code: 'varchar', name_fi: 'varchar', name_sv: 'varchar', municipality_code: 'varchar',
    municipality_name: 'varchar', vintage: 'integer', crs: 'varchar', geojson: 'varchar',
  },
  municipality_key: {
    line: 'integer', municipality_code: 'varchar', name_fi: 'varchar', name_sv: 'varchar', region_code: 'varchar',
    region_name: 'varchar', vintage: 'integer',
  },
} as const satisfies Record<string, Record<string, ColumnType>>;

type TableName = keyof typeof TABLES;
type JsType<T extends ColumnType> = T extends 'varchar' ? string : T extends 'boolean' ? boolean : number;
/** A row of a canonical table; nullable columns may be null (NOT NULL is enforced by DuckDB). */
export type RowOf<T extends TableName> = { [K in keyof (typeof TABLES)[T]]: JsType<(typeof TABLES)[T][K] & ColumnType> | null };

interface TableWriter {
  appender: DuckDBAppender;
  names: string[];
  types: ColumnType[];
}

/** Bulk writer for the canonical tables (DuckDB appenders: ~1 M rows/s here). */
export class Sink {
  private fileId = 0;
  private counts = new Map<number, number>();

  private constructor(private readonly writers: Map<TableName, TableWriter>) {}

  static async open(connection: DuckDBConnection): Promise<Sink> {
    const writers = new Map<TableName, TableWriter>();
    for (const table of Object.keys(TABLES) as TableName[]) {
      const columns = Object.entries(TABLES[table] as Record<string, ColumnType>);
      writers.set(table, { appender: await connection.createAppender(table), names: columns.map((c) => c[0]), types: columns.map((c) => c[1]) });
    }
    return new Sink(writers);
  }

  /** Rows written from now on are stamped with this file. */
  startFile(fileId: number): void {
    this.fileId = fileId;
    this.counts.set(fileId, 0);
  }

  rowsOf(fileId: number): number {
    return this.counts.get(fileId) ?? 0;
  }

  add<T extends TableName>(table: T, row: RowOf<T>): void {
    // Hot path (millions of rows): column lists are precomputed, no per-row allocation.
    const { appender, names, types } = this.writers.get(table)!;
    const values = row as Record<string, unknown>;
    appender.appendInteger(this.fileId);
    for (let i = 0; i < names.length; i++) appendValue(appender, types[i], values[names[i]]);
    appender.endRow();
    this.counts.set(this.fileId, (this.counts.get(this.fileId) ?? 0) + 1);
  }

  /** Flushes and closes every appender; call before running SQL over the loaded rows. */
  close(): void {
    for (const { appender } of this.writers.values()) appender.closeSync();
    this.writers.clear();
  }
}

function appendValue(appender: DuckDBAppender, type: ColumnType, value: unknown): void {
  if (value === null || value === undefined) return appender.appendNull();
  if (type === 'varchar') return appender.appendVarchar(String(value));
  if (type === 'integer') return appender.appendInteger(value as number);
  if (type === 'double') return appender.appendDouble(value as number);
  return appender.appendBoolean(value as boolean);
}
