/**
 * Ports whose delay has no deterministic bound, and why: radio links whose medium is random
 * (sim/net/wifi/: EDCA contention, random backoff, collisions and retries; sim/net/cell/: HARQ
 * retransmissions drawn from the block error rate, grant scheduling). Every flow that crosses
 * one is reported unbounded with this reason. (TSN shapers, preemption and cut-through are
 * analysed: tsn/, cutThrough.ts.)
 */
import type { Model } from '../scenario/model.ts';

export function unmodelled(model: Model): (string | undefined)[] {
  // read structurally: the radio fields are optional in the model
  const has = (n: number, key: 'wifi' | 'cell') => (model.nodes[n] as { wifi?: unknown; cell?: unknown })[key] !== undefined;
  return model.ports.map((p) => {
    if ((model.links[p.link] as { wireless?: boolean }).wireless !== true) return undefined;
    if (has(p.from, 'wifi') || has(p.to, 'wifi'))
      return 'Wi-Fi channel access (random backoff, collisions and retransmissions), which has no deterministic bound';
    if (has(p.from, 'cell') || has(p.to, 'cell'))
      return '5G radio access (HARQ retransmissions of random block errors, grant scheduling), which has no deterministic bound';
    return undefined;
  });
}
