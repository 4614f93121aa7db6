import { describe, expect, it } from 'vitest';
import { distMax, distMean } from './fields.ts';
import { loadScenario, validateScenario } from './load.ts';

const scenario = (flow: Record<string, unknown>) => ({
  format: 'netloom.scenario/v1',
  name: 't',
  nodes: [
    { id: 'A', type: 'sensor' },
    { id: 'B', type: 'plc' },
  ],
  links: [{ from: 'A', to: 'B', rate: '100 Mb/s', delay: '1 us' }],
  flows: [{ id: 'f', from: 'A', to: 'B', ...flow }],
  simulation: { duration: '10 ms' },
});
const replay = (extra: Record<string, unknown> = {}) => scenario({ pattern: { type: 'trace', file: 'cap.csv' }, ...extra });
const issues = (s: unknown, files: Record<string, string> = {}) => validateScenario(s, files).map((i) => `${i.path}: ${i.message}`);
const CAP = 'time [us],size\n0,1400\n100,100\n200,1400\n300,500\n';

describe('a trace file with a size column', () => {
  it("makes the flow's size the empirical distribution of its sizes and keeps them in order for the engine", () => {
    const f = loadScenario(replay(), { 'cap.csv': CAP }).flows[0];
    expect(f.size).toEqual({ dist: 'empirical', values: [100, 500, 1400], weights: [1, 1, 2] });
    expect(distMean(f.size)).toBe(850);
    expect(distMax(f.size)).toBe(1400);
    expect(f.pattern).toEqual({ type: 'trace', timesPs: Float64Array.from([0, 100e6, 200e6, 300e6]), sizes: Float64Array.from([1400, 100, 1400, 500]) });
  });

  it('refuses a flow size as well as a size column, naming both', () => {
    expect(issues(replay({ size: '100 B' }), { 'cap.csv': CAP })).toEqual([
      'flows[0].size: the trace file gives each packet\'s size (column "size"): leave "size" out, or the column',
    ]);
  });

  it('asks for a size where nothing gives one', () => {
    expect(issues(replay(), { 'cap.csv': 'time\n0\n' })).toEqual([
      'flows[0].size: missing; expected the packet size, like "100 B" (the trace file has no size column)',
    ]);
    expect(issues(scenario({ pattern: { type: 'trace', times: ['0 s'] } }))).toEqual([
      'flows[0].size: missing; expected the packet size, like "100 B" (inline times carry no sizes)',
    ]);
    expect(issues(scenario({ pattern: { type: 'periodic', period: '1 ms' } }))).toEqual([
      'flows[0].size: missing; expected the packet size, like "100 B", or a distribution',
    ]);
    expect(issues(replay())).toEqual(['flows[0].pattern.file: cannot read "cap.csv" next to the scenario']); // one issue, not a second about the size
  });

  it('reports a bad file by path, line and column', () => {
    expect(issues(replay(), { 'cap.csv': 'time,size\n0,100\n1,-5\n' })).toEqual([
      'flows[0].pattern.file: cap.csv line 3, column 2 (size): expected a whole number of bytes, at least 1, got "-5"',
    ]);
  });

  it('allows no more distinct sizes than IPv4 packets can have', () => {
    const rows = (n: number) => `time,size\n${Array.from({ length: n }, (_, i) => `0,${i + 1}`).join('\n')}\n`;
    // 2.1 GB in all: a 400 Gb/s link sends them within the run
    const fast = replay();
    fast.links[0].rate = '400 Gb/s';
    fast.simulation.duration = '100 ms';
    expect(issues(fast, { 'cap.csv': rows(65_535) })).toEqual([]);
    expect(issues(replay(), { 'cap.csv': rows(65_536) })).toEqual([
      'flows[0].pattern.file: cap.csv has 65536 different packet sizes; at most 65535 (as many as IPv4 packets can have)',
    ]);
  });
});

describe('files a host gives, looked up as own properties only', () => {
  it('a trace named "constructor", "toString" or "__proto__" is a missing file, not a crash', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty'])
      expect(issues(scenario({ size: '100 B', pattern: { type: 'trace', file: name } }))).toEqual([
        `flows[0].pattern.file: cannot read "${name}" next to the scenario`,
      ]);
  });

  it('reads a file named "__proto__" or "constructor" when the host has one (as after a structured clone)', () => {
    const host: Record<string, string> = Object.create(null); // as node/readScenarioFiles returns them
    host['__proto__'] = '0\n1\n';
    host['constructor'] = '2\n';
    const files = structuredClone(host); // as they reach a worker: a plain object again
    expect(Object.hasOwn(files, '__proto__')).toBe(true);
    expect(loadScenario(scenario({ size: '100 B', pattern: { type: 'trace', file: '__proto__' } }), files).flows[0].pattern).toEqual({
      type: 'trace',
      timesPs: Float64Array.from([0, 1e12]),
    });
    expect(loadScenario(scenario({ size: '100 B', pattern: { type: 'trace', file: 'constructor' } }), files).flows[0].pattern).toEqual({
      type: 'trace',
      timesPs: Float64Array.from([2e12]),
    });
  });
});

describe('a trace the link cannot send within the run', () => {
  it('is refused with its sending time, like any source its first link cannot carry', () => {
    const times = Array.from({ length: 2000 }, () => 0);
    expect(issues(scenario({ size: '1400 B', pattern: { type: 'trace', times } }))).toEqual([
      "flows[0].pattern.times: the trace's packets take 230.1 ms to send on A's link " +
        '(at 100 Mb/s), more than the 10 ms from the first of them to the end of the run',
    ]);
    expect(issues(scenario({ size: '1400 B', pattern: { type: 'trace', times: times.slice(0, 80) } }))).toEqual([]);
  });
});
