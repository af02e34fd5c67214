import { copyFileSync, cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { LoadError, LoadErrors } from '../../pipelines/core/load-error';
import { hashFile, type RawFile } from '../../pipelines/core/read-raw-file';
import { readCsvTable, type CsvTable } from '../../pipelines/core/read-csv-table';
import { runIngest } from '../../pipelines/core/run-ingest';
import type { Source } from '../../pipelines/core/source';
import { parseRow } from '../../pipelines/core/values';
import { eceUnitsSource } from '../../pipelines/sources/units/units-csv';
import { unitRowSchema } from '../../pipelines/sources/units/unit-row';
import { UNIT_COLUMNS } from '../../domain/planning/unit';
import { UPLOAD_FOLDER, UPLOAD_NAME } from './upload-names';

export interface UploadIngestOptions {
  /** The uploaded file as saved in its staging folder (data/uploads/<job id>/<name>). */
  uploadPath: string;
  /** Folder under the raw-data root it goes to, e.g. `units` or `paavo/helsinki-12f7`. */
  folder: string;
  rawDir: string;
  dbPath: string;
  sources: readonly Source[];
  /** Scratch folder for the trial raw tree (removed afterwards). */
  workDir: string;
  log: (line: string) => void;
}

/**
 * Ingests an uploaded file with exactly the validation of `npm run ingest`: the current raw folder
 * plus the new file are copied into a trial raw tree and the normal ingest runs on it (it builds a new
 * warehouse and renames it into place only if every file loads and every check passes). Only then is
 * the file moved into the real raw folder. Any failure leaves data/raw and the warehouse unchanged.
 * Every rejected line of a units file is reported at once (LoadErrors).
 */
export async function ingestUpload(o: UploadIngestOptions): Promise<{ relPath: string; source: string; rows: number }> {
  const name = path.basename(o.uploadPath);
  const relPath = `${o.folder}/${name}`;
  if (!UPLOAD_NAME.test(name))
    throw new LoadError(
      relPath,
      0,
      'file name',
      'use letters, digits, . _ - and a .csv, .csv.gz or .geojson(.gz) ending',
    );
  if (!UPLOAD_FOLDER.test(o.folder) || !existsSync(path.join(o.rawDir, o.folder))) {
    throw new LoadError(relPath, 0, 'folder', `unknown raw-data folder '${o.folder}'`);
  }
  const source = o.sources.find((s) => s.matches(relPath));
  if (!source)
    throw new LoadError(
      relPath,
      0,
      'file name',
      'no pipeline recognises this file name in this folder (see the accepted names)',
    );
  if (existsSync(path.join(o.rawDir, relPath))) {
    throw new LoadError(
      relPath,
      0,
      'file name',
      'a file of this name is already loaded; give the new file its own name',
    );
  }
  o.log(`file  ${relPath} -> source ${source.id}`);
  if (source.id === eceUnitsSource.id) {
    const issues = unitFileIssues({ relPath, absPath: o.uploadPath, ...hashFile(o.uploadPath) });
    if (issues.length > 0) throw new LoadErrors(issues);
    o.log('check every row of the units file is valid');
  }
  const trialRaw = path.join(o.workDir, 'raw');
  rmSync(trialRaw, { recursive: true, force: true });
  try {
    cpSync(o.rawDir, trialRaw, { recursive: true });
    copyFileSync(o.uploadPath, path.join(trialRaw, relPath));
    o.log(`trial ingest of the raw folder with the new file ...`);
    const result = await runIngest({
      rawDir: trialRaw,
      dbPath: o.dbPath,
      sources: o.sources,
      force: true,
      waitMs: 10 * 60_000,
      log: o.log,
    });
    // The warehouse now includes the file: keep it in the raw folder (same name, so the next ingest is a no-op).
    const target = path.join(o.rawDir, relPath);
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(o.uploadPath, `${target}.part`);
    renameSync(`${target}.part`, target);
    o.log(`saved ${relPath} in the raw-data folder`);
    return { relPath, source: source.id, rows: result.rows };
  } finally {
    rmSync(trialRaw, { recursive: true, force: true });
  }
}

/** Every invalid row of a units CSV (the ingest stops at the first; an analyst wants them all). */
export function unitFileIssues(file: RawFile, max = 100): LoadError[] {
  let table: CsvTable;
  try {
    table = readCsvTable(file, { required: UNIT_COLUMNS });
  } catch (err) {
    if (err instanceof LoadError) return [err];
    throw err;
  }
  const issues: LoadError[] = [];
  const unknown = table.header.find((h) => !(UNIT_COLUMNS as readonly string[]).includes(h));
  if (unknown !== undefined)
    issues.push(
      new LoadError(file.relPath, table.headerLine, unknown, `unknown column: expected ${UNIT_COLUMNS.join(', ')}`),
    );
  const index = UNIT_COLUMNS.map((c) => table.header.indexOf(c));
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    if (issues.length >= max) break;
    const input = Object.fromEntries(UNIT_COLUMNS.map((c, i) => [c, row.fields[index[i]]]));
    try {
      const unit = parseRow(unitRowSchema, input, file.relPath, row.line);
      const first = seen.get(unit.unit_id);
      if (first !== undefined)
        issues.push(
          new LoadError(
            file.relPath,
            row.line,
            'unit_id',
            `duplicate unit_id '${unit.unit_id}' (first on line ${first})`,
          ),
        );
      else seen.set(unit.unit_id, row.line);
    } catch (err) {
      if (err instanceof LoadError) issues.push(err);
      else throw err;
    }
  }
  return issues;
}
