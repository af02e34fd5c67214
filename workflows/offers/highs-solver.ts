import path from 'node:path';
import loadHighs, { type Highs } from 'highs';

/**
 * The HiGHS solver (WebAssembly, offline), loaded once per process. Its .wasm file is found from the
 * project root, where every command runs: a bundler that moves highs.js cannot then lose the binary.
 */
const holder = globalThis as typeof globalThis & { tilannehuoneHighs?: Promise<Highs> };

export function highsSolver(): Promise<Highs> {
  holder.tilannehuoneHighs ??= loadHighs({
    locateFile: (file: string) => path.join(process.cwd(), 'node_modules', 'highs', 'build', file),
  });
  holder.tilannehuoneHighs.catch(() => (holder.tilannehuoneHighs = undefined));
  return holder.tilannehuoneHighs;
}
