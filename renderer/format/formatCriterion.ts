/** A requirement criterion's value in its own unit: a time, a rate, or a fraction. */
import { formatPercent, formatRate, formatTime } from '../../sim/api/index.ts';

export function formatCriterion(name: string, v: number): string {
  if (name === 'latency' || name === 'jitter' || name === 'ttft' || name === 'tpot') return formatTime(v);
  if (name === 'throughput') return formatRate(v);
  return formatPercent(v, { decimals: 2 });
}
