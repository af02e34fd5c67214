/**
 * Colours of the wellbeing views. The index is diverging around 0 (blue: less risk and more resilience
 * than the average area; red: more), the Diak indices around the median municipality (100); rates use a
 * sequential scale of their own quantiles. Pure functions of the values, so server and browser agree.
 * Text drawn on a colour is black or white, whichever reads better (WCAG contrast).
 */
export const NO_VALUE = '#e9ecef';

const DIVERGING = ['#2166ac', '#67a9cf', '#d1e5f0', '#f7f7f7', '#fddbc7', '#ef8a62', '#b2182b'];
const SEQUENTIAL = ['#f1eef6', '#d0d1e6', '#a6bddb', '#74a9cf', '#2b8cbe', '#045a8d'];

export interface ScaleClass {
  colour: string;
  from?: number;
  to?: number;
}

export interface WellbeingScale {
  colour(v: number | null): string;
  classes: ScaleClass[];
}

function fromBreaks(breaks: number[], palette: string[]): WellbeingScale {
  const classes = palette.map((colour, i) => ({
    colour,
    from: i === 0 ? undefined : breaks[i - 1],
    to: i < breaks.length ? breaks[i] : undefined,
  }));
  return {
    classes,
    colour(v) {
      if (v === null || !Number.isFinite(v)) return NO_VALUE;
      for (const c of classes) if (c.to === undefined || v < c.to) return c.colour;
      return classes[classes.length - 1].colour;
    },
  };
}

/** The risk-and-resilience index: classes half a standard deviation wide around 0. */
export const indexScale = (): WellbeingScale => fromBreaks([-1.25, -0.75, -0.25, 0.25, 0.75, 1.25], DIVERGING);

/** A relative index (median municipality = 100): classes of 10 % around the median. */
export const relativeScale = (): WellbeingScale => fromBreaks([70, 85, 95, 105, 115, 130], DIVERGING);

/** A rate: six classes at the quantiles of the values shown. */
export function quantileScale(values: readonly number[]): WellbeingScale {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return fromBreaks([1], SEQUENTIAL.slice(-2));
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  const breaks = [...new Set([1, 2, 3, 4, 5].map((k) => Math.round(q(k / 6) * 10) / 10))];
  return fromBreaks(breaks, SEQUENTIAL.slice(SEQUENTIAL.length - breaks.length - 1));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Black or white text on a background, whichever has the higher contrast ratio. */
export function textColourOn(background: string): '#000000' | '#ffffff' {
  const l = luminance(background);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}
