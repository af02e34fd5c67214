import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { rawDataDir, warehousePath } from '../../core/config/paths';
import { logToStderr, runCli } from '../../core/cli/run-cli';
import { SOURCES } from '../../pipelines/registry';
import { ingestUpload } from '../upload/ingest-upload';
import { readJob, uploadsDir } from '../jobs/job-store';

/** `tsx workflows/cli/ingest-upload-cli.ts --job <id>`: ingests the file uploaded with job <id> (run by workflows/jobs/run-job.ts). */
runCli('upload', async () => {
  const [flag, id] = process.argv.slice(2);
  if (flag !== '--job' || !id) throw new Error('usage: tsx workflows/cli/ingest-upload-cli.ts --job <id>');
  const job = readJob(id);
  if (!job || job.kind !== 'upload' || !job.args.file || !job.args.folder) throw new Error(`no upload job ${id}`);
  const staging = path.join(uploadsDir(), id);
  const workDir = path.join(staging, 'work');
  mkdirSync(workDir, { recursive: true });
  try {
    const result = await ingestUpload({
      uploadPath: path.join(staging, job.args.file),
      folder: job.args.folder,
      rawDir: rawDataDir(),
      dbPath: warehousePath(),
      sources: SOURCES,
      workDir,
      log: logToStderr,
    });
    logToStderr(`done  ${result.relPath} loaded by ${result.source}`);
  } finally {
    // Loaded files are kept in data/raw; refused ones are not kept at all.
    rmSync(staging, { recursive: true, force: true });
  }
});
