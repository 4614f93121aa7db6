/** Whether the ports depend on each other in a loop (then the bursts are a true fixed point, see fixedPoint.ts). */
import type { Model } from '../scenario/model.ts';
import type { Stream } from './Stream.ts';

/** Whether some stream's burst depends, through other ports, on itself. */
export function hasCycle(model: Model, streams: readonly Stream[]): boolean {
  const next = model.ports.map(() => new Set<number>());
  for (const s of streams) for (let h = 0; h + 1 < s.hops.length; h++) next[s.hops[h].port].add(s.hops[h + 1].port);
  for (const s of streams) {
    if (s.kind !== 'response') continue;
    const req = streams.find((r) => r.flow === s.flow && r.kind === 'request')!;
    // responses leave when requests arrive: the request's ports feed the response's first port
    for (const hop of req.hops) next[hop.port].add(s.hops[0].port);
  }
  const state = new Uint8Array(model.ports.length);
  const visit = (p: number): boolean => {
    if (state[p] === 1) return true;
    if (state[p] === 2) return false;
    state[p] = 1;
    for (const q of next[p]) if (visit(q)) return true;
    state[p] = 2;
    return false;
  };
  return model.ports.some((_, p) => visit(p));
}
