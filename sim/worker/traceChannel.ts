/**
 * A replication's trace output handed to its worker: a comlink proxy whose calls arrive in order
 * over their own channel, and a promise that settles once `end` (after the last part) has reached
 * the host's output, so the pool counts the replication done only when its trace is written. Each
 * call answers once the host's output has taken its part (the promise it returned settled): that
 * answer is the worker's credit back (TraceWindow), so the parts in flight stay within its window.
 * `alive` is called as parts come and are taken: a worker waiting for a slow disk is not stuck.
 */
import { proxy } from 'comlink';
import type { TraceOutput } from '../api/index.ts';

export function traceChannel(to: TraceOutput, alive: () => void = () => {}): { output: TraceOutput; ended: Promise<void> } {
  let output!: TraceOutput;
  const taken = async (part: void | Promise<void>) => {
    alive();
    await part;
    alive();
  };
  const ended = new Promise<void>((resolve) => {
    output = proxy({
      csv: (t: string) => taken(to.csv(t)),
      pcap: (p: number, b: Uint8Array) => taken(to.pcap(p, b)),
      end: async () => resolve(await to.end()),
    });
  });
  return { output, ended };
}
