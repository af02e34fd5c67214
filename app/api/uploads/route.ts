import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rawDataDir } from '@/core/config/paths';
import { UPLOAD_FOLDER, UPLOAD_NAME } from '@/workflows/upload/upload-names';
import { newJobId } from '@/workflows/jobs/job-record';
import { busyReason, startJob, uploadsDir } from '@/workflows/jobs/job-store';
import { rawFolders, sameOrigin } from '@/workflows/upload/raw-files';
import { json } from '@/server/http/respond';
import { jobError, publicJob, startFailure } from '@/server/http/job-responses';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const MAX_BYTES = 50 * 1024 * 1024;

/**
 * POST /api/uploads (multipart: `file`, `folder`): saves the file to data/uploads/<job id>/ and starts a
 * background job that ingests it with the CLI's validation (workflows/upload/ingest-upload.ts). Nothing under
 * data/raw or the warehouse changes unless the whole ingest succeeds. 202 with the job; 400 for a bad
 * name or folder; 409 while another job or warehouse writer runs.
 */
export async function POST(request: Request) {
  if (!sameOrigin(request)) return jobError(403, 'forbidden', 'Cross-site request refused');
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return jobError(400, 'bad_request', 'Expected a multipart form with a file and a folder');
  }
  const file = form.get('file');
  const folder = form.get('folder');
  const issues: { param: string; message: string }[] = [];
  if (!(file instanceof File) || file.size === 0) issues.push({ param: 'file', message: 'choose a non-empty file' });
  else if (file.size > MAX_BYTES) issues.push({ param: 'file', message: 'at most 50 MB' });
  else if (!UPLOAD_NAME.test(file.name))
    issues.push({
      param: 'file',
      message: 'the name may use letters, digits, . _ - and must end in .csv, .csv.gz, .geojson or .geojson.gz',
    });
  if (typeof folder !== 'string' || !UPLOAD_FOLDER.test(folder) || !rawFolders(rawDataDir()).includes(folder)) {
    issues.push({ param: 'folder', message: 'choose one of the raw-data folders' });
  }
  if (issues.length > 0 || !(file instanceof File) || typeof folder !== 'string')
    return jobError(400, 'bad_request', 'Invalid upload', issues);
  if (existsSync(path.join(rawDataDir(), folder, file.name))) {
    return jobError(400, 'bad_request', 'Invalid upload', [
      { param: 'file', message: `${folder}/${file.name} is already loaded; give the new file its own name` },
    ]);
  }
  const busy = busyReason();
  if (busy) return jobError(409, 'busy', `Cannot start now: ${busy}.`);
  const id = newJobId();
  const staging = path.join(uploadsDir(), id);
  try {
    mkdirSync(staging, { recursive: true });
    writeFileSync(path.join(staging, file.name), Buffer.from(await file.arrayBuffer()));
    return json({ job: publicJob(startJob('upload', { file: file.name, folder }, id)) }, { status: 202 });
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    return startFailure(err);
  }
}
