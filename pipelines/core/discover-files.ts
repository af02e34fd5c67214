import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashFile, type RawFile } from './read-raw-file';
import type { Source } from './source';

export interface PlannedFile {
  file: RawFile;
  source: Source;
}

export interface IngestPlan {
  files: PlannedFile[];
  /** Data files no pipeline recognises; reported, not loaded. */
  unmatched: string[];
  /** Changes whenever an input byte or the pipeline code changes: equal fingerprints mean nothing to do. */
  fingerprint: string;
}

const NOTE_RE = /(^|\/)(SOURCE[^/]*\.txt|README[^/]*|\.gitkeep)$/i;

function walk(dir: string, root: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(abs, root);
    return [path.relative(root, abs).split(path.sep).join('/')];
  });
}

/** Files under `rawDir` in a stable order, each assigned to the first source that recognises it. */
export function planIngest(rawDir: string, sources: readonly Source[]): IngestPlan {
  const files: PlannedFile[] = [];
  const unmatched: string[] = [];
  for (const relPath of walk(rawDir, rawDir).sort()) {
    if (NOTE_RE.test(relPath)) continue;
    const source = sources.find((s) => s.matches(relPath));
    if (!source) {
      unmatched.push(relPath);
      continue;
    }
    const absPath = path.join(rawDir, relPath);
    files.push({ file: { relPath, absPath, ...hashFile(absPath) }, source });
  }
  const hash = createHash('sha256').update(pipelineCodeHash());
  for (const { file, source } of files) hash.update(`\n${source.id}\t${file.relPath}\t${file.sha256}`);
  return { files, unmatched, fingerprint: hash.digest('hex') };
}

let codeHash: string | undefined;

/** Hash of the pipeline code (.ts and .sql under pipelines/): a changed parser rebuilds the warehouse. */
function pipelineCodeHash(): string {
  if (codeHash) return codeHash;
  const root = fileURLToPath(new URL('..', import.meta.url));
  const hash = createHash('sha256');
  for (const rel of walk(root, root).sort()) {
    if (/\.(ts|sql)$/.test(rel) && !rel.endsWith('.test.ts'))
      hash.update(rel).update(readFileSync(path.join(root, rel)));
  }
  return (codeHash = hash.digest('hex'));
}
