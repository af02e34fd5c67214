import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Folders under the raw-data root (relative, forward slashes), where an upload may go. */
export function rawFolders(rawDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (!e.isDirectory()) continue;
      const abs = path.join(dir, e.name);
      out.push(path.relative(rawDir, abs).split(path.sep).join('/'));
      walk(abs);
    }
  };
  walk(rawDir);
  return out.sort();
}

/** Digest of the raw folder's file list (path, size, mtime): changes whenever a file is added or replaced. */
export function rawDigest(rawDir: string): { files: number; digest: string } {
  const hash = createHash('sha256');
  let files = 0;
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) walk(abs);
      else {
        const s = statSync(abs);
        files += 1;
        hash.update(`${path.relative(rawDir, abs)}\t${s.size}\t${s.mtimeMs}\n`);
      }
    }
  };
  walk(rawDir);
  return { files, digest: hash.digest('hex') };
}
