import { initTfBackend, tf } from '../core/tf-backend';
import { MIN_TRAINING_PAIRS, nonNegative, type DemandModel, type Prediction } from './demand-model';
import { forecastExamples, trainingExamples, type Example } from './features';
import { fitScaler, scaleRow } from './scaler';
import { shuffleIndices } from '../core/seeded-shuffle';

/**
 * The TF.js demand model: a small dense network over the same inputs as the ridge baseline plus the
 * horizon, trained on every pair of every horizon at once (the data are small: a few thousand pairs).
 * It predicts the change from the origin in units of the training changes' spread; its last layer
 * starts at zero, so an untrained network is the naive forecast. Absolute error: a median forecast,
 * robust to the noisy small municipalities. Seeded and unshuffled by TF.js, so a run is reproducible.
 */
export interface NetworkSettings {
  hidden: number[];
  /** A budget of gradient steps: small panels get more epochs, large ones fewer (same training time). */
  steps: number;
  minEpochs: number;
  maxEpochs: number;
  batchSize: number;
  learningRate: number;
  l2: number;
  seed: number;
}

export const NETWORK_SETTINGS: NetworkSettings = {
  hidden: [16, 8],
  steps: 800,
  minEpochs: 10,
  maxEpochs: 60,
  batchSize: 256,
  learningRate: 0.005,
  l2: 1e-3,
  seed: 20240601,
};

function buildNetwork(inputs: number, hp: NetworkSettings): tf.Sequential {
  const model = tf.sequential();
  hp.hidden.forEach((units, i) =>
    model.add(
      tf.layers.dense({
        ...(i === 0 ? { inputShape: [inputs] } : {}),
        units,
        activation: 'relu',
        kernelInitializer: tf.initializers.glorotUniform({ seed: hp.seed + i }),
        kernelRegularizer: tf.regularizers.l2({ l2: hp.l2 }),
      }),
    ),
  );
  model.add(tf.layers.dense({ units: 1, kernelInitializer: 'zeros' }));
  model.compile({ optimizer: tf.train.adam(hp.learningRate), loss: 'meanAbsoluteError' });
  return model;
}

const withHorizon = (e: Example) => [...e.features, e.horizon];

export function tfNetworkModel(hp: NetworkSettings = NETWORK_SETTINGS): DemandModel {
  return {
    name: 'tfjs',
    async forecast(panel, spec, origin, horizons) {
      await initTfBackend();
      const train = horizons.flatMap((h) => trainingExamples(panel, spec, h));
      const trained = new Set(train.map((e) => e.horizon));
      if (train.length < MIN_TRAINING_PAIRS) return [];
      const scaler = fitScaler(train.map(withHorizon));
      const changes = train.map((e) => e.target! - e.base);
      const spread = Math.sqrt(changes.reduce((s, c) => s + c * c, 0) / changes.length) || 1;
      const model = buildNetwork(scaler.mean.length, hp);
      const order = shuffleIndices(train.length, hp.seed);
      const x = tf.tensor2d(order.map((i) => scaleRow(scaler, withHorizon(train[i]))));
      const y = tf.tensor2d(order.map((i) => [changes[i] / spread]));
      try {
        const epochs = Math.round(
          Math.min(hp.maxEpochs, Math.max(hp.minEpochs, (hp.steps * hp.batchSize) / train.length)),
        );
        await model.fit(x, y, { epochs, batchSize: hp.batchSize, shuffle: false, verbose: 0 });
        // A horizon never seen in training gets no network forecast: selection leaves it to the baselines.
        const targets = horizons.filter((h) => trained.has(h)).flatMap((h) => forecastExamples(panel, spec, origin, h));
        if (targets.length === 0) return [];
        const input = tf.tensor2d(targets.map((e) => scaleRow(scaler, withHorizon(e))));
        const out = model.predict(input, { batchSize: 8192 }) as tf.Tensor;
        const values = await out.data();
        input.dispose();
        out.dispose();
        return targets.map((e, i): Prediction => ({
          area: e.area,
          horizon: e.horizon,
          base: e.base,
          mean: nonNegative(e.base + values[i] * spread),
          population: e.population,
        }));
      } finally {
        x.dispose();
        y.dispose();
        model.dispose();
      }
    },
  };
}
