import 'server-only';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppError, type Issue } from '../core/errors';
import { UNIT_COLUMNS } from '../domain/planning/unit';
import { rawDataDir, uploadStaging } from '../core/config/paths';
import { rawDigest, rawFolders } from '../workflows/upload/raw-files';
import { UPLOAD_FOLDER, UPLOAD_NAME } from '../workflows/upload/upload-names';
import { newJobId, requestJob, type PublicJob } from './jobs';

/**
 * Analysts' uploads of new open-data files or unit registers: the file is checked by name and folder,
 * staged, and a background job ingests it with the CLI's own validation; nothing under the raw folder or
 * the warehouse changes unless the whole ingest succeeds.
 */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/** Columns of the units register format (shown on the data page). */
export const unitRegisterColumns: readonly string[] = UNIT_COLUMNS;

/** Folders of the raw-data root an upload may go to. */
export const uploadFolders = (): string[] => rawFolders(rawDataDir());

/** Digest of the raw folder's file list (a refused upload leaves it unchanged). */
export const rawFolderDigest = () => rawDigest(rawDataDir());

export async function stageUpload(file: File | null, folder: string | null): Promise<PublicJob> {
  const issues: Issue[] = [];
  if (!file || file.size === 0) issues.push({ param: 'file', message: 'choose a non-empty file' });
  else if (file.size > MAX_UPLOAD_BYTES) issues.push({ param: 'file', message: 'at most 50 MB' });
  else if (!UPLOAD_NAME.test(file.name)) {
    issues.push({
      param: 'file',
      message: 'the name may use letters, digits, . _ - and must end in .csv, .csv.gz, .geojson or .geojson.gz',
    });
  }
  if (folder === null || !UPLOAD_FOLDER.test(folder) || !uploadFolders().includes(folder)) {
    issues.push({ param: 'folder', message: 'choose one of the raw-data folders' });
  }
  if (issues.length > 0 || !file || folder === null) throw new AppError('bad_request', 'Invalid upload', issues);
  if (existsSync(path.join(rawDataDir(), folder, file.name))) {
    throw new AppError('bad_request', 'Invalid upload', [
      { param: 'file', message: `${folder}/${file.name} is already loaded; give the new file its own name` },
    ]);
  }
  const id = newJobId();
  const staging = uploadStaging(id);
  try {
    mkdirSync(staging, { recursive: true });
    writeFileSync(path.join(staging, file.name), Buffer.from(await file.arrayBuffer()));
    return await requestJob('upload', { file: file.name, folder }, null, id);
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    throw err;
  }
}
