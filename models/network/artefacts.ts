import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { initTfBackend, tf } from '../core/tf-backend';
import type { FittedNetwork } from './network-model';

/**
 * A trained network on disk under data/models/<version>/: TF.js `model.json` + `weights.bin`
 * (the standard layers format) and `meta.json` with the input scaling and training facts.
 * Infinite scales (inputs switched off) are stored as null, since JSON has no Infinity.
 */
const metaSchema = z.object({
  mean: z.array(z.number()),
  std: z.array(z.number().nullable()),
  seenHorizons: z.array(z.number().int()),
  cutoff: z.number().int(),
  examples: z.number().int(),
  backend: z.string(),
  hyperparameters: z.object({
    hidden: z.array(z.number().int()),
    epochs: z.number().int(),
    batchSize: z.number().int(),
    learningRate: z.number(),
    l2: z.number(),
    seed: z.number().int(),
  }),
});

export async function saveNetwork(fitted: FittedNetwork, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await fitted.model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const weights = Buffer.from(artifacts.weightData as ArrayBuffer);
      writeFileSync(path.join(dir, 'weights.bin'), weights);
      const modelJson = {
        modelTopology: artifacts.modelTopology,
        format: 'layers-model',
        generatedBy: 'tilannehuone',
        weightsManifest: [{ paths: ['weights.bin'], weights: artifacts.weightSpecs }],
      };
      writeFileSync(path.join(dir, 'model.json'), JSON.stringify(modelJson));
      return {
        modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON', weightDataBytes: weights.length },
      };
    }),
  );
  const { mean, std, seenHorizons, cutoff, examples, backend, hyperparameters } = fitted;
  const meta = {
    mean,
    std: std.map((s) => (Number.isFinite(s) ? s : null)),
    seenHorizons,
    cutoff,
    examples,
    backend,
    hyperparameters,
  };
  writeFileSync(path.join(dir, 'meta.json'), JSON.stringify(meta, null, 2));
}

export async function loadNetwork(dir: string): Promise<FittedNetwork> {
  await initTfBackend();
  const modelJson = JSON.parse(readFileSync(path.join(dir, 'model.json'), 'utf8'));
  const weights = readFileSync(path.join(dir, 'weights.bin'));
  const weightData = weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength);
  const model = await tf.loadLayersModel(
    tf.io.fromMemory({
      modelTopology: modelJson.modelTopology,
      weightSpecs: modelJson.weightsManifest[0].weights,
      weightData,
    }),
  );
  const meta = metaSchema.parse(JSON.parse(readFileSync(path.join(dir, 'meta.json'), 'utf8')));
  return { ...meta, model, std: meta.std.map((s) => s ?? Number.POSITIVE_INFINITY) };
}
