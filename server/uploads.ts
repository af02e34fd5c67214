import 'server-only';
import { createWriteStream, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import busboy from 'busboy';
import { rawDataDir, uploadStaging } from '../core/config/paths';
import { AppError, type Issue } from '../core/errors';
import { UNIT_COLUMNS } from '../domain/planning/unit';
import { rawDigest, rawFolders } from '../workflows/upload/raw-files';
import { UPLOAD_FOLDER, UPLOAD_NAME } from '../workflows/upload/upload-names';
import type { Authorized } from './auth/authorize';
import { newJobId, requestJob, type PublicJob } from './jobs';

/**
 * Analysts' uploads of new open-data files or unit registers. The request body is streamed, never
 * buffered: its declared size, the file's size and - for gzip - the size it unpacks to are limited while
 * it arrives, so a 200 MB file or a small file that unpacks to gigabytes is cut off at the limit. The file
 * goes to a staging folder of its own; a background job ingests it with the CLI's validation, and nothing
 * under the raw folder or the warehouse changes unless the whole ingest succeeds.
 */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
/** Open-data CSVs compress 5-15x; a file that unpacks beyond this is refused as a decompression bomb. */
export const MAX_UNPACKED_BYTES = 500 * 1024 * 1024;
const MAX_RATIO = 100;

/** Columns of the units register format (shown on the data page). */
export const unitRegisterColumns: readonly string[] = UNIT_COLUMNS;

/** Folders of the raw-data root an upload may go to. */
export const uploadFolders = (): string[] => rawFolders(rawDataDir());

/** Digest of the raw folder's file list (a refused upload leaves it unchanged). */
export const rawFolderDigest = () => rawDigest(rawDataDir());

const invalid = (param: string, message: string) => new AppError('bad_request', 'Invalid upload', [{ param, message }]);
const tooLarge = (message: string) => new AppError('too_large', message, [{ param: 'file', message }]);

/**
 * Saves one uploaded file, counting its bytes as they arrive; a .gz file is unpacked on the side as it
 * arrives (into nothing) and refused once it unpacks too far or is not gzip at all.
 */
async function saveFile(stream: NodeJS.ReadableStream, target: string): Promise<void> {
  const abort = new AbortController();
  let packed = 0;
  let unpacked = 0;
  const gunzip = target.endsWith('.gz') ? createGunzip() : null;
  const unpacking = (async () => {
    if (!gunzip) return;
    try {
      for await (const chunk of gunzip) {
        unpacked += (chunk as Buffer).length;
        if (unpacked > MAX_UNPACKED_BYTES || unpacked > MAX_RATIO * Math.max(packed, 64 * 1024)) {
          throw tooLarge('the file unpacks to far more than it holds (at most 500 MB)');
        }
      }
    } catch (err) {
      const refused = (err as { code?: string }).code?.startsWith('Z_')
        ? invalid('file', 'not a valid gzip file')
        : err;
      abort.abort(refused);
      throw refused;
    }
  })();
  const count = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      packed += chunk.length;
      if (packed > MAX_UPLOAD_BYTES) return callback(tooLarge('at most 50 MB'));
      gunzip?.write(chunk);
      callback(null, chunk);
    },
    flush(callback) {
      gunzip?.end();
      callback();
    },
  });
  const writing = pipeline(stream, count, createWriteStream(target), { signal: abort.signal }).catch((err: unknown) => {
    throw abort.signal.aborted ? abort.signal.reason : err;
  });
  await Promise.all([writing, unpacking]);
}

async function receive(request: Request, staging: string): Promise<{ file: string | null; folder: string | null }> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_UPLOAD_BYTES + 64 * 1024) throw tooLarge('at most 50 MB');
  if (!request.body) throw invalid('file', 'choose a non-empty file');
  const form = busboy({
    headers: Object.fromEntries(request.headers),
    // Keep the name as sent, so a name with a path in it is refused below rather than quietly shortened.
    preservePath: true,
    limits: { files: 1, fields: 4, parts: 6, fieldSize: 1024, fileSize: MAX_UPLOAD_BYTES },
  });
  let folder: string | null = null;
  let file: string | null = null;
  let saving: Promise<void> = Promise.resolve();
  let refused: unknown = null;
  form.on('field', (name, value) => {
    if (name === 'folder') folder = value;
  });
  form.on('file', (_field, stream, info) => {
    // A name with a path in it (../x.csv) fails the pattern: nothing is ever written outside the staging folder.
    const name = info.filename ?? '';
    if (!UPLOAD_NAME.test(name)) {
      refused ??= invalid(
        'file',
        'the name may use letters, digits, . _ - and must end in .csv, .csv.gz, .geojson or .geojson.gz',
      );
      stream.resume();
      return;
    }
    file = name;
    stream.on('limit', () => stream.destroy(tooLarge('at most 50 MB')));
    saving = saveFile(stream, path.join(staging, name));
    saving.catch((err: unknown) => (refused ??= err));
  });
  try {
    await pipeline(Readable.fromWeb(request.body as never), form);
  } catch (err) {
    refused ??=
      err instanceof AppError ? err : new AppError('bad_request', 'Expected a multipart form with a file and a folder');
  }
  await saving.catch(() => undefined);
  if (refused) throw refused;
  return { file, folder };
}

export async function stageUpload(request: Request, by: Authorized): Promise<PublicJob> {
  const id = newJobId();
  const staging = uploadStaging(id);
  mkdirSync(staging, { recursive: true });
  try {
    const { file, folder } = await receive(request, staging);
    const issues: Issue[] = [];
    if (!file) issues.push({ param: 'file', message: 'choose a non-empty file' });
    if (folder === null || !UPLOAD_FOLDER.test(folder) || !uploadFolders().includes(folder)) {
      issues.push({ param: 'folder', message: 'choose one of the raw-data folders' });
    }
    if (issues.length > 0 || !file || folder === null) throw new AppError('bad_request', 'Invalid upload', issues);
    if (existsSync(path.join(rawDataDir(), folder, file))) {
      throw invalid('file', `${folder}/${file} is already loaded; give the new file its own name`);
    }
    return await requestJob('upload', { file, folder }, by, id);
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    throw err;
  }
}
