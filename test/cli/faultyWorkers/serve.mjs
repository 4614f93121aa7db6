// A stand-in for the CLI's SimApi worker whose replication 2 fails in a chosen way; the others
// report progress for 20 s (longer than any fault takes to show), as long replications do.
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { parentPort } from 'node:worker_threads';

export function serve(fault) {
  expose(
    {
      adopt: () => {},
      async runReplication(r, onProgress) {
        for (let i = 0; i < 400; i++) {
          await onProgress({ replication: r, fraction: i / 20, simulated: 0, events: i });
          await new Promise((res) => setTimeout(res, 50));
          if (r === 1 && i === 2) fault();
        }
        return null;
      },
    },
    nodeEndpoint(parentPort),
  );
}
