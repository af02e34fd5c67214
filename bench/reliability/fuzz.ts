import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { UNIT_COLUMNS } from '../../domain/planning/unit';

/**
 * Hundreds of malformed uploads: wrong names, paths, sizes, broken and bomb-like gzip, random bytes and
 * bad rows in files of a known format. Each must be refused - at the door (4xx) or by its job (failed) -
 * and afterwards the raw folder, the loaded lineage and the staging folder must be exactly as before.
 */
interface Upload {
  kind: string;
  name: string;
  folder: string;
  body: Buffer;
}

const header = UNIT_COLUMNS.join(',');
const good = 'F1,Fuzz,,fi,municipal,24.94,60.17,00100,091,12,40,600,2010,,true,false';

function cases(seed: number): Upload[] {
  const out: Upload[] = [];
  const add = (kind: string, name: string, folder: string, body: Buffer | string) =>
    out.push({ kind, name, folder, body: Buffer.isBuffer(body) ? body : Buffer.from(body) });
  for (let i = 0; i < 40; i += 1) {
    add('path in the name', `../../etc/fuzz-${seed}-${i}.csv`, 'units', `${header}\n${good}\n`);
    add('bad extension', `fuzz-${seed}-${i}.exe`, 'units', randomBytes(64));
    add('unknown folder', `fuzz-${seed}-${i}.csv`, `nope/${i}`, `${header}\n${good}\n`);
    add('folder outside the raw data', `fuzz-${seed}-${i}.csv`, '../units', `${header}\n${good}\n`);
    add('not gzip', `fuzz-${seed}-${i}.csv.gz`, 'units', randomBytes(200 + i));
  }
  // A gzip bomb: 300 MB of zeros in about 300 KB.
  const bomb = gzipSync(Buffer.alloc(300 * 1024 * 1024), { level: 9 });
  for (let i = 0; i < 3; i += 1) add('gzip bomb', `fuzz-bomb-${seed}-${i}.csv.gz`, 'units', bomb);
  add('too large', `fuzz-big-${seed}.csv`, 'units', Buffer.alloc(51 * 1024 * 1024, 65));
  for (let i = 0; i < 20; i += 1) {
    add('random bytes', `fuzz-rand-${seed}-${i}.csv`, 'units', randomBytes(500 + i * 37));
    add('a bad row', `fuzz-row-${seed}-${i}.csv`, 'units', `${header}\n${good.replace('60.17', String(90 + i))}\n`);
    add(
      'truncated gzip',
      `fuzz-cut-${seed}-${i}.csv.gz`,
      'units',
      gzipSync(`${header}\n${good}\n`).subarray(0, 20 + i),
    );
  }
  return out;
}

export interface FuzzContext {
  base: string;
  cookie: string;
  raw: string;
  uploads: string;
  log: (line: string) => void;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function state(ctx: FuzzContext) {
  const r = await fetch(`${ctx.base}/api/uploads/state`, { headers: { cookie: ctx.cookie } });
  return JSON.stringify(await r.json());
}

export async function runFuzz(ctx: FuzzContext): Promise<string[]> {
  const before = await state(ctx);
  const all = cases(Date.now());
  const outcomes = new Map<string, number>();
  let accepted = 0;
  for (const u of all) {
    const form = new FormData();
    form.append('folder', u.folder);
    form.append('file', new Blob([new Uint8Array(u.body)]), u.name);
    let response = await fetch(`${ctx.base}/api/uploads`, {
      method: 'POST',
      headers: { cookie: ctx.cookie },
      body: form,
    });
    // One job at a time: wait for the previous one, then try again.
    for (let i = 0; response.status === 409 && i < 120; i += 1) {
      await sleep(500);
      response = await fetch(`${ctx.base}/api/uploads`, {
        method: 'POST',
        headers: { cookie: ctx.cookie },
        body: form,
      });
    }
    let outcome = String(response.status);
    if (response.status === 202) {
      const { job } = (await response.json()) as { job: { id: string } };
      for (let i = 0; i < 240; i += 1) {
        const j = (await (
          await fetch(`${ctx.base}/api/jobs/${job.id}`, { headers: { cookie: ctx.cookie } })
        ).json()) as { status: string };
        if (j.status === 'failed' || j.status === 'succeeded') {
          outcome = `job ${j.status}`;
          if (j.status === 'succeeded') accepted += 1;
          break;
        }
        await sleep(250);
      }
    } else await response.arrayBuffer();
    const key = `${u.kind}: ${outcome}`;
    outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
  }
  const after = await state(ctx);
  const leftovers = existsSync(ctx.uploads) ? readdirSync(ctx.uploads).length : 0;
  const strays = readdirSync(path.join(ctx.raw, 'units')).filter((n) => n.startsWith('fuzz-')).length;
  const lines = [...outcomes].sort().map(([k, n]) => `  ${String(n).padStart(4)} x ${k}`);
  ctx.log(`fuzz: ${all.length} uploads`);
  for (const l of lines) ctx.log(l);
  const ok = accepted === 0 && before === after && leftovers === 0 && strays === 0;
  return [
    `${ok ? 'ok  ' : 'FAIL'} fuzzed uploads: ${all.length} malformed files, ${accepted} accepted, raw folder and lineage unchanged ${before === after}, staging leftovers ${leftovers}, files in the raw folder ${strays}`,
    ...lines,
  ];
}
