import { createRequire } from 'node:module';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

let backend: string | undefined;

/**
 * Picks the TF.js backend once: native `@tensorflow/tfjs-node` when a user has installed it (it
 * cannot be installed offline here), otherwise the wasm backend whose .wasm files ship inside its
 * npm package. The name is returned so every training run records what it ran on.
 */
export async function initTfBackend(log: (line: string) => void = () => {}): Promise<string> {
  if (backend) return backend;
  const require = createRequire(import.meta.url);
  try {
    // Optional dependency: a bare specifier in a variable keeps bundlers and typecheck from requiring it.
    const nodeBackend = '@tensorflow/tfjs-node';
    require(nodeBackend);
    await tf.setBackend('tensorflow');
  } catch {
    setWasmPaths(`${path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json'))}/dist/`);
    if (!(await tf.setBackend('wasm'))) await tf.setBackend('cpu');
  }
  await tf.ready();
  backend = tf.getBackend();
  log(`tfjs backend: ${backend}`);
  return backend;
}

export { tf };
