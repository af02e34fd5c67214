import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashFile } from '../../pipelines/core/read-raw-file';
import { SOURCES } from '../../pipelines/registry';
import { UNIT_COLUMNS } from '../../domain/planning/unit';
import { ingestUpload, unitFileIssues } from './ingest-upload';

const dir = mkdtempSync(path.join(tmpdir(), 'upload-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const good = 'U1,Päiväkoti Testi,,fi,municipal,24.94,60.17,00100,091,12,40,600,2010,,true,false';
function write(name: string, rows: string[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, `${UNIT_COLUMNS.join(',')}\n${rows.join('\n')}\n`);
  return file;
}

describe('upload validation', () => {
  it('lists every invalid row of a units CSV by line and field', () => {
    const abs = write('units-bad.csv', [
      good,
      'U2,Toinen,,fi,municipal,24.9,95.0,00100,091,10,20,,2010,,true,false',
      'U1,Kolmas,,fi,municipal,24.9,60.2,0010,091,-3,20,,2010,,false,false',
    ]);
    const issues = unitFileIssues({ relPath: 'units/units-bad.csv', absPath: abs, ...hashFile(abs) });
    expect(issues.map((i) => i.message)).toEqual([
      'units/units-bad.csv:3:lat: latitude outside Finland (59..71)',
      'units/units-bad.csv:4:postal_code: expected a 5-digit postal code',
    ]);
  });

  it('accepts a valid units CSV', () => {
    const abs = write('units-good.csv', [good]);
    expect(unitFileIssues({ relPath: 'units/units-good.csv', absPath: abs, ...hashFile(abs) })).toEqual([]);
  });

  it('refuses a name no source reads, and an invalid file, before touching the raw folder or the warehouse', async () => {
    const raw = path.join(dir, 'raw');
    mkdirSync(path.join(raw, 'units'), { recursive: true });
    const options = {
      rawDir: raw,
      dbPath: path.join(dir, 'none.duckdb'),
      sources: SOURCES,
      workDir: path.join(dir, 'work'),
      log: () => {},
    };
    await expect(
      ingestUpload({ ...options, uploadPath: write('notes.csv', [good]), folder: 'geo-missing' }),
    ).rejects.toThrow(/folder: unknown raw-data folder/);
    await expect(
      ingestUpload({
        ...options,
        uploadPath: write('units-bad2.csv', ['U9,X,,fi,municipal,24.9,60.2,00100,091,10,20,,2010,,maybe,false']),
        folder: 'units',
      }),
    ).rejects.toThrow("units/units-bad2.csv:2:preschool: expected 'true' or 'false'");
    expect(readdirSync(path.join(raw, 'units'))).toEqual([]);
  });
});
