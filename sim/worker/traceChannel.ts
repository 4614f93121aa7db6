/**
 * A replication's trace output handed to its worker: a comlink proxy whose calls arrive in order
 * over their own channel, and a promise that settles once `end` (after the last part) has reached
 * the host's output, so the pool counts the replication done only when its trace is written.
 */
import { proxy } from 'comlink';
import type { TraceOutput } from '../api/index.ts';

export function traceChannel(to: TraceOutput): { output: TraceOutput; ended: Promise<void> } {
  let output!: TraceOutput;
  const ended = new Promise<void>((resolve) => {
    output = proxy({ csv: (t: string) => to.csv(t), pcap: (p: number, b: Uint8Array) => to.pcap(p, b), end: () => resolve(to.end()) });
  });
  return { output, ended };
}
