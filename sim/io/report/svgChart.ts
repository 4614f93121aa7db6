/**
 * A small chart frame in inline SVG: linear scales, axes with a few ticks, and the plot area the
 * caller draws in. No charting library: a scale here is one line of arithmetic.
 */
import { esc, px } from './html.ts';

export interface Frame {
  /** data → pixels */
  x: (v: number) => number;
  y: (v: number) => number;
  /** the axes and grid, to put before the marks */
  axes: string;
  width: number;
  height: number;
}

export interface FrameOptions {
  x: [number, number];
  y: [number, number];
  xLabel: string;
  yLabel: string;
  xTick: (v: number) => string;
  yTick: (v: number) => string;
  width?: number;
  height?: number;
}

const M = { left: 56, right: 12, top: 10, bottom: 34 };

/** `n` round steps between a and b (1, 2 or 5 × a power of ten). */
export function ticks(a: number, b: number, n = 5): number[] {
  if (!(b > a)) return [a];
  const raw = (b - a) / n;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((k) => k * mag).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = Math.ceil(a / step) * step; v <= b + step * 1e-9; v += step) out.push(Math.round(v / step) * step);
  return out;
}

export function frame(o: FrameOptions): Frame {
  const width = o.width ?? 340;
  const height = o.height ?? 200;
  const [x0, x1] = o.x[1] > o.x[0] ? o.x : [o.x[0], o.x[0] + 1];
  const [y0, y1] = o.y[1] > o.y[0] ? o.y : [o.y[0], o.y[0] + 1];
  const x = (v: number) => M.left + ((v - x0) / (x1 - x0)) * (width - M.left - M.right);
  const y = (v: number) => height - M.bottom - ((v - y0) / (y1 - y0)) * (height - M.top - M.bottom);
  const bottom = height - M.bottom;
  const parts = [
    ...ticks(x0, x1, 4).map(
      (t) =>
        `<line class="grid" x1="${px(x(t))}" y1="${M.top}" x2="${px(x(t))}" y2="${bottom}"/>` +
        `<text x="${px(x(t))}" y="${bottom + 13}" text-anchor="middle">${esc(o.xTick(t))}</text>`,
    ),
    ...ticks(y0, y1, 4).map(
      (t) =>
        `<line class="grid" x1="${M.left}" y1="${px(y(t))}" x2="${width - M.right}" y2="${px(y(t))}"/>` +
        `<text x="${M.left - 4}" y="${px(y(t) + 4)}" text-anchor="end">${esc(o.yTick(t))}</text>`,
    ),
    `<line class="axis" x1="${M.left}" y1="${bottom}" x2="${width - M.right}" y2="${bottom}"/>`,
    `<line class="axis" x1="${M.left}" y1="${M.top}" x2="${M.left}" y2="${bottom}"/>`,
    `<text x="${px((M.left + width - M.right) / 2)}" y="${height - 4}" text-anchor="middle">${esc(o.xLabel)}</text>`,
    `<text transform="translate(11 ${px((M.top + bottom) / 2)}) rotate(-90)" text-anchor="middle">${esc(o.yLabel)}</text>`,
  ];
  return { x, y, axes: parts.join(''), width, height };
}

/** The SVG element around a frame's axes and marks. */
export function chart(f: Frame, marks: string, label: string): string {
  return `<svg width="${f.width}" viewBox="0 0 ${f.width} ${f.height}" role="img" aria-label="${esc(label)}">${f.axes}${marks}</svg>`;
}
