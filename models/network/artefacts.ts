import { tf } from '../core/tf-backend';
import type { FittedNetwork } from './network-model';

/**
 * A trained network as the few small files that describe it: TF.js `model.json` + `weights.bin` (the
 * standard layers format) and `meta.json` with the input scaling and training facts. They are kept in
 * the derived store with the model version (a few kilobytes), never in a folder of the source tree.
 * Infinite scales (inputs switched off) are stored as null, since JSON has no Infinity.
 */
export interface Artefact {
  name: string;
  bytes: Buffer;
}

export async function serialiseNetwork(fitted: FittedNetwork): Promise<Artefact[]> {
  const out: Artefact[] = [];
  await fitted.model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const weights = Buffer.from(artifacts.weightData as ArrayBuffer);
      const modelJson = {
        modelTopology: artifacts.modelTopology,
        format: 'layers-model',
        generatedBy: 'tilannehuone',
        weightsManifest: [{ paths: ['weights.bin'], weights: artifacts.weightSpecs }],
      };
      out.push(
        { name: 'weights.bin', bytes: weights },
        { name: 'model.json', bytes: Buffer.from(JSON.stringify(modelJson)) },
      );
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
  out.push({ name: 'meta.json', bytes: Buffer.from(JSON.stringify(meta, null, 2)) });
  return out;
}
