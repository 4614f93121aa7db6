import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readScenarioFiles } from '../../node/readScenarioFiles.ts';
import { describe, expect, it } from 'vitest';
import { checkWork } from '../api/limits.ts';
import { loadScenario } from '../scenario/load.ts';
import { estimateWork } from './estimateWork.ts';
import { Simulation } from './Simulation.ts';

const scenarios = ['reference', 'examples', 'industry'].flatMap((d) =>
  readdirSync(new URL(`../../scenarios/${d}/`, import.meta.url))
    .filter((f) => f.endsWith('.json'))
    .map((f) => `${d}/${f}`),
);

describe('estimateWork', () => {
  it.each(scenarios)(
    '%s: packet-hops within 30 % of what the engine counts, events from 0.75× to 1.55× (a hop is one event, or two when frames queue: counted as 1.5)',
    (file) => {
      const doc = JSON.parse(readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), 'utf8'));
      const files = readScenarioFiles(doc, dirname(fileURLToPath(new URL(`../../scenarios/${file}`, import.meta.url)))).files; // the trace files it replays
      const model = loadScenario(doc, files, { durationS: loadScenario(doc, files).warmupPs / 1e12 + 0.3 });
      const e = estimateWork(model);
      const r = new Simulation(model, 0).run();
      expect(e.packetHops / r.packetHops).toBeGreaterThan(0.7);
      expect(e.packetHops / r.packetHops).toBeLessThan(1.3);
      expect(e.events / r.events).toBeGreaterThan(0.75);
      expect(e.events / r.events).toBeLessThan(1.55);
    },
  );

  it('counts periodic sends in the window exactly, bursts by their count', () => {
    const doc = {
      format: 'netloom.scenario/v1',
      name: 'two flows',
      nodes: [
        { id: 'A', type: 'plc' },
        { id: 'S', type: 'switch' },
        { id: 'B', type: 'drive' },
      ],
      links: [
        { from: 'A', to: 'S', rate: '1 Gb/s' },
        { from: 'S', to: 'B', rate: '1 Gb/s' },
      ],
      flows: [
        { id: 'p', from: 'A', to: 'B', size: '100 B', pattern: { type: 'periodic', period: '1 ms', offset: '0.5 ms' }, start: '2 ms' },
        { id: 'v', from: 'A', to: 'B', size: '1000 B', pattern: { type: 'burst', period: '10 ms', frame: '10 kB' } },
      ],
      simulation: { duration: '100 ms' },
    };
    // p: 2.5, 3.5, … 99.5 ms = 98 sends; v: 10 bursts of 10 packets; every packet crosses 2 ports
    expect(estimateWork(loadScenario(doc))).toMatchObject({ messages: 198, packets: 198, packetHops: 396 });
  });

  it('refuses work past the limit with the estimate and the flag', () => {
    const e = { messages: 1e9, packets: 1e9, packetHops: 3e9, events: 5e9, overhead: 0 };
    expect(checkWork(e, 1)).toBe(
      'this run is about 5 G events (3 G packet-hops) in 1 replication, more than the limit ' +
        'of 1 G events; give --max-events 6.0e+9 to run it anyway, or shorten it (--duration)',
    );
    expect(checkWork(e, 1, 1e10)).toBeUndefined();
    expect(checkWork(e, 3, 1e10)).toMatch(/^this run is about 15 G events \(9 G packet-hops\) in 3 replications/);
  });
});
