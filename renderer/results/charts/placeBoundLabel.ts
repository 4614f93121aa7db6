/**
 * Where a label beside a vertical marker goes so it stays inside the plot: on the marker's
 * right when it fits there, else on its left (text-anchor end), else — a plot narrower than
 * the label on both sides — moved along until it fits between the plot's edges, or from the
 * left edge when it is wider than the whole plot.
 */
export interface LabelPlace {
  x: number;
  anchor: 'start' | 'end';
}

export function placeBoundLabel(marker: number, width: number, left: number, right: number, gap = 4): LabelPlace {
  if (marker + gap + width <= right) return { x: Math.max(left, marker + gap), anchor: 'start' };
  if (marker - gap - width >= left) return { x: marker - gap, anchor: 'end' };
  return { x: Math.max(left, right - width), anchor: 'start' };
}
