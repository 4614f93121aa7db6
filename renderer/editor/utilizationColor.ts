/** Link colour by utilization: green when idle, amber past 50 %, red past 80 % (both views and the heatmap). */
import { interpolateRgb } from 'd3-interpolate';
import { scaleLinear } from 'd3-scale';

const scale = scaleLinear<string>()
  .domain([0, 0.3, 0.6, 0.85, 1])
  .range(['#2fb344', '#7cc73a', '#f2b01e', '#f0622a', '#d62839'])
  .interpolate(interpolateRgb)
  .clamp(true);

export function utilizationColor(u: number): string {
  return scale(u);
}

/** Colour by requirement margin: red when failing, amber when close, green with headroom, grey without a requirement. */
export function marginColor(margin: number | null): string {
  if (margin === null) return '#8a94a6';
  if (margin < 0) return '#e03e4f';
  if (margin < 0.2) return '#f0a020';
  return '#2fb344';
}
