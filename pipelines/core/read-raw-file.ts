import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { LoadError } from './load-error';

export interface RawFile {
  /** Path relative to the raw-data root, with forward slashes; used in every message and in lineage. */
  relPath: string;
  absPath: string;
  sha256: string;
  bytes: number;
}

/** Content hash of the file as stored (compressed bytes): cheap, and any byte change counts. */
export function hashFile(absPath: string): { sha256: string; bytes: number } {
  const buf = readFileSync(absPath);
  return { sha256: createHash('sha256').update(buf).digest('hex'), bytes: buf.length };
}

/** Reads a raw file as text: gunzips `.gz`, insists on UTF-8 and drops a BOM. */
export function readRawText(file: RawFile): string {
  let buf = readFileSync(file.absPath);
  if (file.relPath.endsWith('.gz')) {
    try {
      buf = gunzipSync(buf);
    } catch (err) {
      throw new LoadError(
        file.relPath,
        0,
        'file',
        `cannot decompress gzip (${(err as Error).message}); the file is truncated or not gzip`,
      );
    }
  }
  return decodeUtf8(buf, file.relPath);
}

export function decodeUtf8(buf: Buffer, relPath: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    // Locate the first bad byte so the analyst can find it: decode leniently and look for U+FFFD.
    const lenient = new TextDecoder('utf-8').decode(buf);
    const at = lenient.indexOf('\uFFFD');
    const line = lenient.slice(0, Math.max(at, 0)).split('\n').length;
    throw new LoadError(
      relPath,
      line,
      'encoding',
      'not valid UTF-8 (PxWeb exports are often ISO-8859-1: re-save the file as UTF-8)',
    );
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
