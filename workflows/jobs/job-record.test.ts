import { describe, expect, it } from 'vitest';
import {
  addLines,
  finishRecord,
  jobRecordSchema,
  MAX_TAIL_LINES,
  newJobId,
  newJobRecord,
  parseLoadIssue,
  splitLines,
} from './job-record';

describe('job records', () => {
  const job = newJobRecord(
    newJobId(new Date('2026-11-23T17:55:01Z'), () => 0.5),
    'upload',
    { file: 'x.csv', folder: 'units' },
    new Date('2026-11-23T17:55:01Z'),
  );

  it('makes sortable ids and valid records', () => {
    expect(job.id).toBe('20261123-175501-800000');
    expect(jobRecordSchema.parse(job)).toEqual(job);
  });

  it('parses load errors of the CLI, with or without a prefix', () => {
    expect(parseLoadIssue('error units/a.csv:3:lat: latitude outside Finland (59..71)')).toEqual({
      file: 'units/a.csv',
      line: 3,
      field: 'lat',
      reason: 'latitude outside Finland (59..71)',
    });
    expect(
      parseLoadIssue(
        'upload failed: paavo/x/Population_structure_2018.csv:3:0-2 years, 2018 (HE): negative value -5 is not allowed here',
      ),
    ).toEqual({
      file: 'paavo/x/Population_structure_2018.csv',
      line: 3,
      field: '0-2 years, 2018 (HE)',
      reason: 'negative value -5 is not allowed here',
    });
    expect(parseLoadIssue('load  [ 1/69] ece-units 292 rows')).toBeNull();
  });

  it('keeps the tail, the phase and the distinct load errors', () => {
    const lines = Array.from({ length: MAX_TAIL_LINES + 5 }, (_, i) => `line ${i}`);
    let r = addLines(job, lines);
    expect(r.lines).toHaveLength(MAX_TAIL_LINES);
    expect(r.phase).toBe(`line ${MAX_TAIL_LINES + 4}`);
    r = addLines(r, [
      'error units/a.csv:3:lat: bad',
      'upload failed: units/a.csv:3:lat: bad',
      'error units/a.csv:4:lon: bad too',
      '  ',
    ]);
    expect(r.issues.map((i) => `${i.line}:${i.field}`)).toEqual(['3:lat', '4:lon']);
    // A progress line that merely looks like file:line is not an error.
    expect(addLines(job, ['load  units/a.csv:3:x: y']).issues).toEqual([]);
  });

  it('finishes with the CLI failure line as the error', () => {
    const failed = finishRecord(addLines(job, ['file units/a.csv', 'upload failed: units/a.csv:3:lat: bad']), 1);
    expect(failed.status).toBe('failed');
    expect(failed.error).toBe('upload failed: units/a.csv:3:lat: bad');
    const ok = finishRecord(addLines(job, ['done']), 0);
    expect(ok).toMatchObject({ status: 'succeeded', error: null, exitCode: 0 });
  });

  it('splits output chunks into lines', () => {
    expect(splitLines('ab', 'c\nde\r\nf')).toEqual({ lines: ['abc', 'de'], rest: 'f' });
  });
});
