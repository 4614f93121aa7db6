/**
 * Garbage per event: what one replication allocates, collected objects included, per event run
 * (V8's sampling heap profiler, one sample per 256 bytes on average), after a warm-up run so the
 * engine runs optimized code. The engine is meant to allocate nothing per event; what it still
 * does is mostly picosecond times (past 2^30, no small integer) boxed where they cross a call
 * the JIT did not inline.
 *   npx tsx bench/garbage.ts [scenario.json ...]
 */
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenario } from '../sim/api/index.ts';
import { Simulation } from '../sim/engine/Simulation.ts';

interface SamplingNode {
  selfSize: number;
  children: SamplingNode[];
}

const root = fileURLToPath(new URL('..', import.meta.url));
const files = process.argv.slice(2);
const scenarios =
  files.length > 0 ? files : ['reference/r1-line-cell.json', 'examples/tsn-cell.json', 'examples/wireless-agv.json'].map((f) => join(root, 'scenarios', f));

const session = new Session();
session.connect();
await session.post('HeapProfiler.enable');
for (const file of scenarios) {
  const model = loadScenario(JSON.parse(readFileSync(file, 'utf8')));
  new Simulation(model, 0).run(); // warm-up of the JIT
  await session.post('HeapProfiler.startSampling', { samplingInterval: 256, includeObjectsCollectedByMinorGC: true, includeObjectsCollectedByMajorGC: true });
  const { events } = new Simulation(model, 0).run();
  const { profile } = await session.post('HeapProfiler.stopSampling');
  const total = (n: SamplingNode): number => n.selfSize + n.children.reduce((a, c) => a + total(c), 0);
  const bytes = total(profile.head as SamplingNode);
  console.log(
    `${file.slice(root.length)}: ${(bytes / events).toFixed(1)} B per event (${(bytes / 2 ** 20).toFixed(1)} MiB over ${(events / 1e6).toFixed(2)} M events)`,
  );
}
session.disconnect();
