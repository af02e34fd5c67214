import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../pipelines/core/run-ingest';
import { SOURCES } from '../../pipelines/registry';

/**
 * Every bad file is dropped next to a good, already-loaded raw folder: the ingest must name
 * file:line:field and leave the warehouse byte-for-byte as it was.
 */
const shipped = path.resolve('data/raw');
const root = mkdtempSync(path.join(tmpdir(), 'th-bad-'));
const rawDir = path.join(root, 'raw');
const dbPath = path.join(root, 'warehouse.duckdb');
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

const realPopulation = gunzipSync(
  readFileSync(path.join(shipped, 'paavo/finland-2012-2017-per-topic/Population_structure_2017.csv.gz')),
)
  .toString('utf8')
  .split('\n');
// The header and three Helsinki rows of the real 2017 file, relabelled as a new year.
const header = realPopulation[0].replaceAll('2017', '2018');
const rows = realPopulation.slice(2, 5);
const goodCsv = [header, ...rows].join('\n') + '\n';
const BAD = 'paavo/new-release/Population_structure_2018.csv';

function copyShipped(rel: string): void {
  mkdirSync(path.dirname(path.join(rawDir, rel)), { recursive: true });
  copyFileSync(path.join(shipped, rel), path.join(rawDir, rel));
}

async function expectRejected(rel: string, content: Buffer | string, message: string): Promise<void> {
  const before = sha(dbPath);
  const target = path.join(rawDir, rel);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, content);
  try {
    await expect(runIngest({ rawDir, dbPath, sources: SOURCES })).rejects.toThrow(message);
  } finally {
    rmSync(target);
  }
  expect(sha(dbPath)).toBe(before);
}

describe('bad input is refused with file:line:field and the warehouse stays untouched', () => {
  beforeAll(async () => {
    copyShipped('paavo/finland-2012-2017-per-topic/Population_structure_2017.csv.gz');
    copyShipped('municipal/births-and-key-figures/kunta_maakunta_yhteys.csv.gz');
    copyShipped('municipal/sotkanet-indicators-1990-2012/sotkanet_municipality_key_2013.csv.gz');
    const result = await runIngest({ rawDir, dbPath, sources: SOURCES });
    expect(result.changed).toBe(true);
    // The good version of the new file loads: the cases below differ from it in one defect each.
    writeFileSync(path.join(root, 'good.csv'), goodCsv);
  }, 120_000);

  it('a truncated gzip file', async () => {
    const gz = gzipSync(Buffer.from(goodCsv));
    await expectRejected(`${BAD}.gz`, gz.subarray(0, gz.length - 20), `${BAD}.gz:0:file: cannot decompress gzip`);
  });

  it('a file cut off in the middle of a row', async () => {
    await expectRejected(BAD, goodCsv.slice(0, goodCsv.length - 60), `${BAD}:4:row: expected 25 fields, found`);
  });

  it('a file in ISO-8859-1 instead of UTF-8', async () => {
    await expectRejected(BAD, Buffer.from(goodCsv, 'latin1'), `${BAD}:2:encoding: not valid UTF-8`);
  });

  it('a semicolon-separated file', async () => {
    const semicolons = goodCsv
      .replaceAll('","', '";"')
      .replace(/",(?=\d)/g, '";')
      .replace(/(\d),(?=\d)/g, '$1;');
    await expectRejected(
      BAD,
      semicolons,
      `${BAD}:1:header: expected ','-separated columns, found one column (it looks ';'-separated)`,
    );
  });

  it('a duplicated row', async () => {
    await expectRejected(BAD, `${goodCsv}${rows[0]}\n`, `${BAD}:5:postal_code: duplicate key (postal 00100 year 2018 `);
  });

  it('a negative count', async () => {
    const negative = goodCsv.replace(rows[1], rows[1].replace(/,(\d+),(\d+),(\d+),(\d+),(\d+)/, ',$1,$2,$3,$4,-5'));
    await expectRejected(BAD, negative, `${BAD}:3:0-2 years, 2018 (HE): negative value -5 is not allowed here`);
  });

  it('an unknown column', async () => {
    await expectRejected(
      BAD,
      goodCsv.replace('Females, 2018 (HE)', 'Pets, 2018 (HE)'),
      `${BAD}:1:Pets, 2018 (HE): unknown column`,
    );
  });

  it('still loads the good file afterwards', async () => {
    writeFileSync(path.join(rawDir, BAD), goodCsv);
    const result = await runIngest({ rawDir, dbPath, sources: SOURCES });
    expect(result.changed).toBe(true);
  });
});
