/**
 * For the end-to-end tests only (window.__netloom.injectWorkerFault): the core's SimApi in a Web
 * Worker, except that the replication a test names fails the way it asks — it throws, spins
 * without progress, closes its worker, or runs out of memory. Nothing in the app starts it.
 */
import { expose } from 'comlink';
import { createSimApi, type Progress } from '../../sim/api/index.ts';

export interface InWorkerFault {
  kind: 'throw' | 'spin' | 'exit' | 'oom';
  /** 0-based */
  replication: number;
}

const api = createSimApi();
let fault: InWorkerFault | null = null;

const faulty = {
  ...api,
  setFault(f: InWorkerFault) {
    fault = f;
  },
  runReplication(replication: number, onProgress?: (p: Progress) => void) {
    if (fault?.replication !== replication) return api.runReplication(replication, onProgress);
    switch (fault.kind) {
      case 'throw':
        throw new Error(`injected fault in replication ${replication}`);
      case 'spin':
        for (;;); // busy for ever, no progress: only terminate() ends it
      case 'exit':
        self.close();
        return new Promise(() => {}); // never answers
      case 'oom': {
        const hold: ArrayBuffer[] = [];
        for (;;) hold.push(new ArrayBuffer(2 ** 30)); // until the allocation fails (a RangeError)
      }
    }
  },
};

export type FaultyWorkerApi = typeof faulty;

expose(faulty);
