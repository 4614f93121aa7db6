/**
 * NetLoom against ns-3 3.37 on the reference scenario R1 "line cell" and its variants
 * (../shared/anchors/ns3/README.md; measured figures in ns3/results.json, a copy).
 * The networks are deterministic given the arrivals, and the Poisson arrivals are reproduced
 * bit for bit (mulberry32), so every delay must match to the nanosecond: per class, the
 * number sent and received, the exact sum of delays, the min and the max; p50 and p99 within
 * the histogram's stated 0.1 %.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScenario, type Report } from '../../sim/api/index.ts';

const ns3 = JSON.parse(readFileSync(new URL('./ns3/results.json', import.meta.url), 'utf8'));

interface ClassFigures {
  sent: number;
  received: number;
  sumNs: number;
  minNs: number;
  maxNs: number;
  p50Ns: number;
  p99Ns: number;
}

/** Pools a report's flows into ns-3's three classes (control flows are named ctrl-*). */
function byClass(r: Report): Record<string, ClassFigures> {
  const out: Record<string, ClassFigures> = {};
  for (const f of r.flows) {
    const cls = f.id.startsWith('ctrl-') ? 'control' : f.id;
    const c = (out[cls] ??= { sent: 0, received: 0, sumNs: 0, minNs: Infinity, maxNs: -Infinity, p50Ns: NaN, p99Ns: NaN });
    c.sent += f.sent;
    c.received += f.delivered;
    c.sumNs += Math.round(f.latency!.sum * 1e9);
    c.minNs = Math.min(c.minNs, Math.round(f.latency!.min * 1e9));
    c.maxNs = Math.max(c.maxNs, Math.round(f.latency!.max * 1e9));
    c.p50Ns = f.latency!.p50 * 1e9;
    c.p99Ns = f.latency!.p99 * 1e9;
  }
  return out;
}

function run(file: string): Record<string, ClassFigures> {
  const scenario = JSON.parse(readFileSync(new URL(`../../scenarios/reference/${file}`, import.meta.url), 'utf8'));
  return byClass(runScenario({ scenario }));
}

const variants = [
  ['R1', 'r1-line-cell.json'],
  ['R1-down', 'r1-down.json'],
  ['R1-down-prio', 'r1-down-prio.json'],
] as const;

describe.each(variants)('ns-3 reference %s', (variant, file) => {
  const ref = ns3.variants[variant].classes;
  const ours = run(file);

  it.each(['control', 'video', 'background'])('%s: same packets, same delays to the nanosecond', (cls) => {
    const r = ref[cls];
    const o = ours[cls];
    expect(o.sent).toBe(r.sent);
    expect(o.received).toBe(r.received);
    expect(o.sumNs).toBe(r.delay_ns.sum);
    expect(o.minNs).toBe(r.delay_ns.min);
    expect(o.maxNs).toBe(r.delay_ns.max);
  });

  it.each(['video', 'background'])('%s: p50 and p99 within the histogram resolution (0.1 %%)', (cls) => {
    const r = ref[cls].delay_ns;
    expect(Math.abs(ours[cls].p50Ns - r.p50) / r.p50).toBeLessThanOrEqual(0.001);
    expect(Math.abs(ours[cls].p99Ns - r.p99) / r.p99).toBeLessThanOrEqual(0.001);
  });
});
