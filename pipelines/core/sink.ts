import {
  BOOLEAN,
  DOUBLE,
  DuckDBDataChunk,
  INTEGER,
  type DuckDBAppender,
  type DuckDBConnection,
  type DuckDBType,
} from '@duckdb/node-api';
// The C API bindings under @duckdb/node-api (same pinned version): their bulk copy into a vector replaces
// a per-value setItem call, which cost more than the rest of the sink together.
import duckdb from '@duckdb/node-bindings';

type ColumnType = 'varchar' | 'integer' | 'double' | 'boolean';

/** Column order must match pipelines/sql/schema.sql; file_id is stamped by the sink. */
const TABLES = {
  ece_unit: {
    line: 'integer',
    unit_id: 'varchar',
    name_fi: 'varchar',
    name_sv: 'varchar',
    language: 'varchar',
    provider: 'varchar',
    lon: 'double',
    lat: 'double',
    postal_code: 'varchar',
    municipality_code: 'varchar',
    capacity_under3: 'integer',
    capacity_3plus: 'integer',
    floor_area_m2: 'double',
    opening_year: 'integer',
    closing_year: 'integer',
    preschool: 'boolean',
    synthetic: 'boolean',
  },
  postal_observation: {
    line: 'integer',
    postal_code: 'varchar',
    postal_name: 'varchar',
    municipality_code: 'varchar',
    municipality_name: 'varchar',
    year: 'integer',
    variable: 'varchar',
    value: 'double',
    suppressed: 'boolean',
  },
  municipal_observation: {
    line: 'integer',
    municipality_code: 'varchar',
    municipality_name: 'varchar',
    year: 'integer',
    variable: 'varchar',
    value: 'double',
    suppressed: 'boolean',
  },
  subarea_observation: {
    line: 'integer',
    municipality_code: 'varchar',
    area_code: 'varchar',
    area_name: 'varchar',
    area_level: 'varchar',
    year: 'integer',
    variable: 'varchar',
    age: 'varchar',
    sex: 'varchar',
    language: 'varchar',
    value: 'double',
    suppressed: 'boolean',
  },
  subarea_hierarchy: {
    line: 'integer',
    municipality_code: 'varchar',
    area_code: 'varchar',
    area_name: 'varchar',
    area_level: 'varchar',
    parent_code: 'varchar',
    parent_level: 'varchar',
  },
  grid_observation: {
    line: 'integer',
    year: 'integer',
    grid_index: 'varchar',
    lon: 'double',
    lat: 'double',
    cell_size_m: 'integer',
    variable: 'varchar',
    value: 'double',
    suppressed: 'boolean',
  },
  projection_rate: {
    line: 'integer',
    region_code: 'varchar',
    region_name: 'varchar',
    year: 'integer',
    measure: 'varchar',
    sex: 'varchar',
    age: 'integer',
    value: 'double',
  },
  projection_value: {
    line: 'integer',
    scope: 'varchar',
    municipality_code: 'varchar',
    municipality_name: 'varchar',
    area_code: 'varchar',
    area_name: 'varchar',
    vintage: 'integer',
    year: 'integer',
    variable: 'varchar',
    value: 'double',
  },
  postal_geometry: {
    line: 'integer',
    postal_code: 'varchar',
    name_fi: 'varchar',
    name_sv: 'varchar',
    municipality_code: 'varchar',
    municipality_name: 'varchar',
    vintage: 'integer',
    crs: 'varchar',
    geojson: 'varchar',
  },
  municipality_key: {
    line: 'integer',
    municipality_code: 'varchar',
    name_fi: 'varchar',
    name_sv: 'varchar',
    region_code: 'varchar',
    region_name: 'varchar',
    vintage: 'integer',
  },
} as const satisfies Record<string, Record<string, ColumnType>>;

type TableName = keyof typeof TABLES;
type JsType<T extends ColumnType> = T extends 'varchar' ? string : T extends 'boolean' ? boolean : number;
/** A row of a canonical table; nullable columns may be null (NOT NULL is enforced by DuckDB). */
export type RowOf<T extends TableName> = {
  [K in keyof (typeof TABLES)[T]]: JsType<(typeof TABLES)[T][K] & ColumnType> | null;
};

/** Copies one row into the column buffers at `at`: varchars as string ids (0 = NULL), other NULLs flagged in `nulls`. */
type RowWriter = (
  row: unknown,
  values: Buffer[],
  nulls: Uint8Array[],
  at: number,
  fileId: number,
  intern: (value: unknown) => number,
) => void;
/** Typed column buffers laid out as DuckDB vectors (INTEGER, DOUBLE, BOOLEAN as one byte): copied as they are. */
type Buffer = Int32Array | Float64Array | Uint8Array;

/** DuckDB's vector size: one data chunk per this many rows. */
const CHUNK_ROWS = 2048;
/** Staged type of each column kind: a varchar is staged as the id of its string. */
const STAGED_TYPE: Record<ColumnType, DuckDBType> = {
  varchar: INTEGER,
  integer: INTEGER,
  double: DOUBLE,
  boolean: BOOLEAN,
};
const STAGED_SQL: Record<ColumnType, string> = {
  varchar: 'INTEGER',
  integer: 'INTEGER',
  double: 'DOUBLE',
  boolean: 'BOOLEAN',
};

interface TableWriter {
  table: TableName;
  names: string[];
  kinds: ColumnType[];
  /** One buffer per staged column: file_id, then the columns of TABLES. */
  values: Buffer[];
  /** 1 where the value is NULL (varchar NULLs are string id 0 instead). */
  nulls: Uint8Array[];
  types: DuckDBType[];
  buffered: number;
  staged: number;
  appender: DuckDBAppender;
  write: RowWriter;
}

/**
 * Builds the row writer of a table as straight-line code. `add` runs ~4 M times per ingest: one
 * property read per named column (a monomorphic access per source) beats a loop of keyed lookups and
 * per-type dispatch. The code is generated from the constant column lists above, never from input.
 */
function compileRowWriter(names: readonly string[], kinds: readonly ColumnType[]): RowWriter {
  const lines = names.map((name, i) => {
    const c = i + 1;
    if (kinds[i] === 'varchar') return `v = row.${name}; b[${c}][at] = v === null || v === undefined ? 0 : intern(v);`;
    const value = kinds[i] === 'boolean' ? '(v ? 1 : 0)' : 'v';
    // A NULL leaves the value slot as it is: only the validity mask (built from `n` at flush) matters.
    return `v = row.${name}; if (v === null || v === undefined) n[${c}][at] = 1; else { b[${c}][at] = ${value}; n[${c}][at] = 0; }`;
  });
  return new Function(
    'row',
    'b',
    'n',
    'at',
    'fileId',
    'intern',
    `let v; b[0][at] = fileId;\n${lines.join('\n')}`,
  ) as RowWriter;
}

/**
 * Bulk writer for the canonical tables. Rows are staged column-wise and handed to DuckDB a data chunk
 * (2048 rows) at a time, with every string replaced by an id into one dictionary: per-value appender calls
 * cost ~0.2 us each across the JS/C++ boundary, which made them most of the ingest time. `close` then
 * builds the canonical tables from the staged ids in one INSERT per table (insertion order is kept).
 */
export class Sink {
  private fileId = 0;
  private fileRows = 0;
  private readonly counts = new Map<number, number>();
  /** String dictionary: id 0 stands for NULL. */
  private readonly ids = new Map<string, number>();
  private readonly strings: (string | null)[] = [null];
  private readonly intern = (value: unknown): number => {
    const s = typeof value === 'string' ? value : String(value);
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.ids.set(s, id);
    }
    return id;
  };

  private constructor(
    private readonly connection: DuckDBConnection,
    private readonly writers: Map<TableName, TableWriter>,
  ) {}

  static async open(connection: DuckDBConnection): Promise<Sink> {
    const writers = new Map<TableName, TableWriter>();
    for (const table of Object.keys(TABLES) as TableName[]) {
      const columns = Object.entries(TABLES[table] as Record<string, ColumnType>);
      const names = columns.map((c) => c[0]);
      const kinds = columns.map((c) => c[1]);
      const columnSql = ['file_id INTEGER', ...columns.map(([name, kind]) => `${name} ${STAGED_SQL[kind]}`)].join(', ');
      await connection.run(`CREATE OR REPLACE TEMP TABLE ${stagingTable(table)} (${columnSql})`);
      writers.set(table, {
        table,
        names,
        kinds,
        values: ['integer' as const, ...kinds].map(newColumnBuffer),
        nulls: ['integer' as const, ...kinds].map(() => new Uint8Array(CHUNK_ROWS)),
        types: [INTEGER, ...kinds.map((k) => STAGED_TYPE[k])],
        buffered: 0,
        staged: 0,
        appender: await connection.createAppender(stagingTable(table), 'main', 'temp'),
        write: compileRowWriter(names, kinds),
      });
    }
    return new Sink(connection, writers);
  }

  /** Rows written from now on are stamped with this file. */
  startFile(fileId: number): void {
    this.counts.set(this.fileId, this.fileRows);
    this.fileId = fileId;
    this.fileRows = 0;
  }

  rowsOf(fileId: number): number {
    return fileId === this.fileId ? this.fileRows : (this.counts.get(fileId) ?? 0);
  }

  add<T extends TableName>(table: T, row: RowOf<T>): void {
    const writer = this.writers.get(table)!;
    writer.write(row, writer.values, writer.nulls, writer.buffered, this.fileId, this.intern);
    this.fileRows++;
    if (++writer.buffered === CHUNK_ROWS) flushChunk(writer);
  }

  /** Writes every staged row into the canonical tables; call before running SQL over the loaded rows. */
  async close(): Promise<void> {
    for (const writer of this.writers.values()) {
      flushChunk(writer);
      writer.appender.closeSync();
    }
    await this.connection.run('CREATE OR REPLACE TEMP TABLE sink_string (id INTEGER, s VARCHAR)');
    const appender = await this.connection.createAppender('sink_string', 'main', 'temp');
    for (let id = 0; id < this.strings.length; id++) {
      const s = this.strings[id];
      appender.appendInteger(id);
      if (s === null) appender.appendNull();
      else appender.appendVarchar(s);
      appender.endRow();
    }
    appender.closeSync();
    for (const writer of this.writers.values()) {
      if (writer.staged > 0) await this.connection.run(materialiseSql(writer));
      await this.connection.run(`DROP TABLE temp.main.${stagingTable(writer.table)}`);
    }
    await this.connection.run('DROP TABLE temp.main.sink_string');
    this.writers.clear();
  }
}

function stagingTable(table: TableName): string {
  return `sink_${table}`;
}

function newColumnBuffer(kind: ColumnType): Buffer {
  if (kind === 'double') return new Float64Array(CHUNK_ROWS);
  if (kind === 'boolean') return new Uint8Array(CHUNK_ROWS);
  return new Int32Array(CHUNK_ROWS);
}

/** Validity mask of one vector: bit i of little-endian 64-bit words = row i is not NULL. */
const validity = new Uint8Array(CHUNK_ROWS / 8);

/** Appends the buffered rows as one data chunk: one memory copy per column, plus its mask when it has NULLs. */
function flushChunk(writer: TableWriter): void {
  const n = writer.buffered;
  if (n === 0) return;
  const chunk = DuckDBDataChunk.create(writer.types, n);
  for (let c = 0; c < writer.values.length; c++) {
    const vector = duckdb.data_chunk_get_vector(chunk.chunk, c);
    const values = writer.values[c];
    // Column buffers are allocated here as plain ArrayBuffers, never shared.
    duckdb.copy_data_to_vector(
      vector,
      0,
      values.buffer as ArrayBuffer,
      values.byteOffset,
      n * values.BYTES_PER_ELEMENT,
    );
    const nulls = writer.nulls[c];
    const firstNull = nulls.indexOf(1);
    if (firstNull === -1 || firstNull >= n) continue;
    validity.fill(0xff);
    for (let i = firstNull; i < n; i++) if (nulls[i] === 1) validity[i >> 3] &= ~(1 << (i & 7));
    duckdb.vector_ensure_validity_writable(vector);
    duckdb.copy_data_to_vector_validity(vector, 0, validity.buffer, 0, Math.ceil(n / 64) * 8);
  }
  writer.appender.appendDataChunk(chunk);
  writer.staged += n;
  writer.buffered = 0;
}

/** The canonical rows of a staged table: string ids looked up in the dictionary list (1-based). */
function materialiseSql(writer: TableWriter): string {
  const select = writer.names.map((name, i) => (writer.kinds[i] === 'varchar' ? `d.s[t.${name} + 1]` : `t.${name}`));
  return `INSERT INTO main.${writer.table} SELECT t.file_id, ${select.join(', ')}
    FROM temp.main.${stagingTable(writer.table)} t, (SELECT list(s ORDER BY id) AS s FROM temp.main.sink_string) d`;
}
