/**
 * Bounds on the reference scenarios (../shared/anchors/ns3): the 24 cyclic control flows of R1
 * are deterministic, so their simulated maximum is their true worst case, and the bound must be
 * at least that and close to it. Their phases (offsets 41.7 us apart in a 1 ms cycle) keep them
 * from ever queueing behind each other, which the phase-aware arrival curves see (with token
 * buckets alone, as first written, the bound was about 10 times the simulated maximum: the 24
 * frames were assumed to meet at the PLC's 100 Mb/s port). The video and the Poisson background have no
 * deterministic bound and must say why. In R1-down-prio the control flows cross the Poisson
 * background at priority 7 behind a MAC buffer of one frame: bounded, with blocking.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeBounds } from '../../sim/analysis/index.ts';
import { loadScenario, runScenario } from '../../sim/api/index.ts';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../scenarios/reference/${name}`, import.meta.url), 'utf8'));

function tightness(name: string, duration: number): { ratios: number[]; bounds: ReturnType<typeof computeBounds> } {
  const scenario = read(name);
  const bounds = computeBounds(loadScenario(scenario));
  const sim = runScenario({ scenario }, { durationS: duration });
  const ratios: number[] = [];
  for (const f of bounds.flows.filter((x) => x.id.startsWith('ctrl-'))) {
    const max = sim.flows.find((r) => r.id === f.id)!.latency!.max;
    expect(f.delay, f.id).not.toBeNull();
    expect(max, f.id).toBeLessThanOrEqual(f.delay!);
    ratios.push(f.delay! / max);
  }
  ratios.sort((a, b) => a - b);
  console.log(
    `${name}: bound / simulated max over ${ratios.length} control flows: min ${ratios[0].toFixed(4)}, ` +
      `median ${ratios[ratios.length >> 1].toFixed(4)}, max ${ratios[ratios.length - 1].toFixed(4)}`,
  );
  return { ratios, bounds };
}

describe('bounds on the R1 reference scenarios', () => {
  it('R1 line cell: every control flow bounded, bound ≥ simulated max and within 1 %', () => {
    const { ratios, bounds } = tightness('r1-line-cell.json', 1);
    expect(ratios).toHaveLength(24);
    expect(ratios[ratios.length - 1]).toBeLessThan(1.01);
    for (const f of bounds.flows.filter((x) => x.id.startsWith('ctrl-'))) expect(f.guaranteed).toBe(true);
    const bg = bounds.flows.find((f) => f.id === 'background')!;
    expect(bg.status).toBe('unbounded');
    expect(bg.reason).toMatch(/Poisson/);
    expect(bounds.flows.find((f) => f.id === 'video')!.reason).toBe(
      'shares S1→S2 with background, which has no bound (Poisson arrivals have no deterministic burst bound)',
    );
  });

  it('R1 down with priorities: control flows bounded despite the Poisson background, within 50 %', () => {
    const { ratios, bounds } = tightness('r1-down-prio.json', 2);
    expect(ratios).toHaveLength(24);
    expect(ratios[ratios.length - 1]).toBeLessThan(1.5);
    const hop = bounds.flows.find((f) => f.id === 'ctrl-D4_8')!.hops.find((h) => h.from === 'S1')!;
    const lower = bounds.ports.find((p) => p.port === hop.port)!.classes.filter((c) => c.priority! < hop.priority);
    expect(lower.some((c) => c.flows.includes('background'))).toBe(true);
    expect(hop.interferers.lower).toBeGreaterThan(0);
    expect(hop.blocking).toBeGreaterThan(0);
  });
});
