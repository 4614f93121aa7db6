import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_EVENTS, loadScenario, modelFacts } from '../../sim/api/index.ts';
import { runLimits } from './runLimits.ts';

const r1 = JSON.parse(readFileSync(new URL('../../scenarios/reference/r1-line-cell.json', import.meta.url), 'utf8'));

describe('runLimits', () => {
  it('lets an ordinary run go with the default limits', () => {
    expect(runLimits(modelFacts(loadScenario(r1)))).toEqual({ maxEvents: DEFAULT_MAX_EVENTS, maxMemoryBytes: 2 * 2 ** 30 });
  });

  it('asks, with the estimate, before a run past the event limit, and raises the limit when told to go', () => {
    const hour = loadScenario(r1, {}, { durationS: 3600 });
    const l = runLimits(modelFacts(hour));
    expect(l.ask).toMatch(/^This run is about 1\.97 G events \(1\.15 G packet-hops\) in 1 replication: more than the 1e9 events NetLoom runs without asking/);
    expect(l.maxEvents).toBeGreaterThan(1.97e9);
  });
});
