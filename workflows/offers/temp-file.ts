import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hashFile, type RawFile } from '../../pipelines/core/read-raw-file';

/**
 * Uploaded text as a private temporary file, so the same readers as the CLI check it line by line (and
 * name it in their `file:line:field: reason`); the file is gone when `run` is done, whatever happened.
 */
export function withTempFile<T>(fileName: string, text: string, run: (file: RawFile) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), 'th-offers-upload-'));
  const safe = path.basename(fileName).replace(/[^\w.-]+/g, '_') || 'upload.csv';
  const abs = path.join(dir, safe);
  writeFileSync(abs, text, { mode: 0o600 });
  return run({ relPath: safe, absPath: abs, ...hashFile(abs) }).finally(() =>
    rmSync(dir, { recursive: true, force: true }),
  );
}
