/**
 * A dependency-free SVG line chart for notebooks (tslab displays it with `display.html`).
 * `series` maps a label to y values at the shared x positions.
 */
export function lineChartSvg(
  title: string,
  xs: readonly number[],
  series: Record<string, readonly number[]>,
  yLabel: string,
): string {
  const width = 560;
  const height = 300;
  const pad = { left: 50, right: 150, top: 30, bottom: 40 };
  const all = Object.values(series).flat().filter(Number.isFinite);
  const yMax = Math.max(...all) * 1.1 || 1;
  const x = (i: number) => pad.left + (i * (width - pad.left - pad.right)) / Math.max(xs.length - 1, 1);
  const y = (v: number) => height - pad.bottom - (v / yMax) * (height - pad.top - pad.bottom);
  const colours = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b'];
  const lines = Object.entries(series).map(([label, ys], k) => {
    const points = ys.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
    const colour = colours[k % colours.length];
    return (
      `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${points}"/>` +
      `<text x="${width - pad.right + 8}" y="${pad.top + 16 * k}" font-size="12" fill="${colour}">${label}</text>`
    );
  });
  const ticks = xs.map(
    (v, i) => `<text x="${x(i)}" y="${height - pad.bottom + 16}" font-size="11" text-anchor="middle">${v}</text>`,
  );
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map(
    (f) =>
      `<text x="${pad.left - 6}" y="${y(f * yMax) + 4}" font-size="11" text-anchor="end">${(f * yMax).toFixed(0)}</text>`,
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img" aria-label="${title}">` +
    `<text x="${pad.left}" y="18" font-size="14" font-weight="bold">${title}</text>` +
    `<line x1="${pad.left}" y1="${height - pad.bottom}" x2="${width - pad.right}" y2="${height - pad.bottom}" stroke="#999"/>` +
    `<line x1="${pad.left}" y1="${pad.top}" x2="${pad.left}" y2="${height - pad.bottom}" stroke="#999"/>` +
    `<text x="12" y="${pad.top - 8}" font-size="11">${yLabel}</text>${ticks.join('')}${yTicks.join('')}${lines.join('')}</svg>`
  );
}
