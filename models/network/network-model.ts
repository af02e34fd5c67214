import type { Forecaster, PointForecast } from '../core/forecast-row';
import { truncatePanel, type Panel } from '../core/panel';
import { initTfBackend, tf } from '../core/tf-backend';
import { FEATURE_NAMES } from './features';
import { examplesAt, featureContext, trainingExamples, type Example } from './training-set';
import { shuffleIndices } from '../core/seeded-shuffle';

export interface NetworkHyperparameters {
  hidden: number[];
  epochs: number;
  batchSize: number;
  learningRate: number;
  l2: number;
  seed: number;
}

/** The largest correction of the anchor, in log terms (0.5: about -40 % to +65 %). */
export const MAX_CORRECTION = 0.5;

export const DEFAULT_HYPERPARAMETERS: NetworkHyperparameters = {
  hidden: [32, 16],
  epochs: 25,
  batchSize: 512,
  learningRate: 0.003,
  l2: 1e-4,
  seed: 42,
};

/** A trained network with everything needed to forecast again: weights, scaling, what it has seen. */
export interface FittedNetwork {
  model: tf.LayersModel;
  /** Standardisation from the training examples only. */
  mean: number[];
  std: number[];
  seenHorizons: number[];
  /** The last year of data it was trained on. */
  cutoff: number;
  examples: number;
  backend: string;
  hyperparameters: NetworkHyperparameters;
}

export function buildModel(inputs: number, hp: NetworkHyperparameters): tf.Sequential {
  const model = tf.sequential();
  hp.hidden.forEach((units, i) => {
    model.add(
      tf.layers.dense({
        ...(i === 0 ? { inputShape: [inputs] } : {}),
        units,
        activation: 'relu',
        kernelInitializer: tf.initializers.glorotUniform({ seed: hp.seed + i }),
        kernelRegularizer: tf.regularizers.l2({ l2: hp.l2 }),
      }),
    );
  });
  // Starts at zero output = the cohort-component anchor; it moves away only where the data says so, and
  // never by more than MAX_CORRECTION in log terms (tanh), however unusual an area's inputs are.
  model.add(tf.layers.dense({ units: 1, kernelInitializer: 'zeros', activation: 'tanh' }));
  // Absolute error on the log ratio: a median forecast, robust to the noisy small areas.
  model.compile({ optimizer: tf.train.adam(hp.learningRate), loss: 'meanAbsoluteError' });
  return model;
}

/** Trains on every pair inside the panels (each must already be cut at the origin). */
export async function fitNetwork(
  panels: readonly Panel[],
  horizons: readonly number[],
  hp = DEFAULT_HYPERPARAMETERS,
): Promise<FittedNetwork> {
  const backend = await initTfBackend();
  const { xs, ys, seenHorizons } = await trainingExamples(panels, horizons);
  const k = FEATURE_NAMES.length;
  const mean = Array<number>(k).fill(0);
  const std = Array<number>(k).fill(0);
  for (const x of xs) for (let j = 0; j < k; j++) mean[j] += x[j] / xs.length;
  for (const x of xs) for (let j = 0; j < k; j++) std[j] += (x[j] - mean[j]) ** 2 / xs.length;
  // An input that never varied in training carries no learned meaning: it is switched off
  // (infinite scale -> 0) instead of feeding untrained weights at forecast time.
  for (let j = 0; j < k; j++) std[j] = std[j] > 1e-12 ? Math.sqrt(std[j]) : Number.POSITIVE_INFINITY;
  const model = buildModel(k, hp);
  if (xs.length > 0) {
    const order = shuffleIndices(xs.length, hp.seed);
    const x = tf.tensor2d(order.map((i) => xs[i].map((v, j) => (v - mean[j]) / std[j])));
    const y = tf.tensor2d(order.map((i) => [Math.max(-0.95, Math.min(0.95, ys[i] / MAX_CORRECTION))]));
    await model.fit(x, y, { epochs: hp.epochs, batchSize: hp.batchSize, shuffle: false, verbose: 0 });
    x.dispose();
    y.dispose();
  }
  return {
    model,
    mean,
    std,
    seenHorizons,
    cutoff: Math.max(...panels.map((p) => p.years[p.years.length - 1] ?? -Infinity)),
    examples: xs.length,
    backend,
    hyperparameters: hp,
  };
}

/**
 * The network's log-ratio corrections to the anchor for a batch of examples. `switchedOff` lists
 * inputs replaced by their training mean (standardised 0) - how explanations measure a driver.
 * Horizons it never trained on get no correction: the forecast is then the anchor itself.
 */
export async function predictCorrections(
  fitted: FittedNetwork,
  examples: readonly Example[],
  switchedOff: ReadonlySet<number> = new Set(),
): Promise<Float32Array> {
  if (examples.length === 0) return new Float32Array();
  const scaled = examples.map((e) =>
    e.features.map((v, j) => (switchedOff.has(j) ? 0 : (v - fitted.mean[j]) / fitted.std[j])),
  );
  const x = tf.tensor2d(scaled);
  // One large batch: the default (32) makes thousands of small wasm reads, ~100x slower here.
  const out = fitted.model.predict(x, { batchSize: 16384 }) as tf.Tensor;
  const corrections = (await out.data()) as Float32Array;
  for (let i = 0; i < corrections.length; i++) corrections[i] *= MAX_CORRECTION;
  x.dispose();
  out.dispose();
  examples.forEach((e, i) => {
    if (!fitted.seenHorizons.includes(e.horizon)) corrections[i] = 0;
  });
  return corrections;
}

export const meanFrom = (e: Example, correction: number): number =>
  Math.max(0, (e.anchor + 1) * Math.exp(correction) - 1);

/** Forecasts from `origin` (not before the network's cutoff), with the examples they came from (for explanations). */
export async function predictNetworkDetailed(
  fitted: FittedNetwork,
  panel: Panel,
  origin: number,
  horizons: readonly number[],
) {
  const examples = await examplesAt(panel, origin, horizons, featureContext(panel));
  const corrections = await predictCorrections(fitted, examples);
  const points: PointForecast[] = examples.map((e, i) => ({
    postalCode: e.area.postalCode,
    municipalityCode: e.area.municipalityCode,
    ageGroup: e.ageGroup,
    origin,
    horizon: e.horizon,
    mean: meanFrom(e, corrections[i]),
  }));
  return { points, examples, corrections };
}

export async function predictNetwork(
  fitted: FittedNetwork,
  panel: Panel,
  origin: number,
  horizons: readonly number[],
): Promise<PointForecast[]> {
  return (await predictNetworkDetailed(fitted, panel, origin, horizons)).points;
}

/**
 * The network as a Forecaster for the backtest: fitted at the origin on the panel and the long series
 * (both cut at the origin), then forecasting from it. With `refitEvery` > 1 a network fitted at an
 * earlier origin is reused for the next origins (it saw less, never more), which keeps the long
 * series' many origins affordable.
 */
export interface NetworkForecasterOptions {
  hp?: NetworkHyperparameters;
  /** Long series trained on beside the forecast panel (cut at the origin). */
  longPanels?: readonly Panel[];
  refitEvery?: number;
  log?: (line: string) => void;
}

export function networkForecaster(
  options: NetworkForecasterOptions = {},
): Forecaster & { fitted(): FittedNetwork | undefined; dispose(): void } {
  const { hp = DEFAULT_HYPERPARAMETERS, longPanels = [], refitEvery = 1, log = () => {} } = options;
  let current: { origin: number; fitted: FittedNetwork } | undefined;
  return {
    name: 'network',
    async forecast(panel, origin, horizons) {
      if (!current || origin - current.origin >= refitEvery || origin < current.origin) {
        const t0 = performance.now();
        current?.fitted.model.dispose();
        const fitted = await fitNetwork([panel, ...longPanels.map((p) => truncatePanel(p, origin))], HORIZONS_SEEN, hp);
        current = { origin, fitted };
        log(
          `network fitted at ${origin} on ${fitted.examples} examples (${fitted.backend}) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
        );
      }
      return predictNetwork(current.fitted, panel, origin, horizons);
    },
    fitted: () => current?.fitted,
    dispose() {
      current?.fitted.model.dispose();
      current = undefined;
    },
  };
}

/** Every horizon the product forecasts; the network trains on all that the data reaches. */
const HORIZONS_SEEN = [1, 2, 3, 4, 5] as const;
