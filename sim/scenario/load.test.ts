import { describe, expect, it } from 'vitest';
import { ScenarioError } from './errors.ts';
import { loadScenario, parseScenarioText, validateScenario } from './load.ts';

const base = () => ({
  format: 'netloom.scenario/v1',
  name: 'two hosts',
  nodes: [
    { id: 'A', type: 'plc' },
    { id: 'S', type: 'switch' },
    { id: 'B', type: 'drive' },
  ],
  links: [
    { from: 'A', to: 'S', rate: '100 Mb/s', delay: '1 us' },
    { from: 'S', to: 'B', rate: '100 Mb/s', length: '100 m' },
  ],
  flows: [{ id: 'f', from: 'A', to: 'B', size: '100 B', pattern: { type: 'periodic', period: '1 ms' } }] as Record<string, unknown>[],
});

const issues = (s: unknown, files: Record<string, string> = {}) => validateScenario(s, files).map((i) => `${i.path}: ${i.message}`);

describe('loadScenario', () => {
  it('compiles units into picoseconds, bit/s and bytes', () => {
    const m = loadScenario(base());
    expect(m.links[0].rateBps).toBe(1e8);
    expect(m.links[0].delayPs).toBe(1_000_000);
    expect(m.links[1].delayPs).toBe(Math.round((100 / (299_792_458 * 0.66)) * 1e12)); // copper, 0.66 c
    expect(m.flows[0].pattern).toEqual({ type: 'periodic', periodPs: 1e9, offsetPs: 0 });
    expect(m.flows[0].route).toEqual([0, 2]); // A→S, S→B
  });

  it('derives a link delay from node positions when neither delay nor length is given', () => {
    const s = base();
    s.nodes[0] = { id: 'A', type: 'plc', position: [0, 0, 0] } as never;
    s.nodes[1] = { id: 'S', type: 'switch', position: [30, 40, 0] } as never;
    delete (s.links[0] as Record<string, unknown>).delay;
    expect(loadScenario(s).links[0].delayPs).toBe(Math.round((50 / (299_792_458 * 0.66)) * 1e12));
  });

  it('reports several problems at once, each with its JSON path', () => {
    const s = base();
    (s.links[0] as Record<string, unknown>).rate = 'fast';
    s.nodes.push({ id: 'A', type: 'plc' });
    (s.flows[0] as Record<string, unknown>).to = 'Nowhere';
    expect(issues(s)).toEqual(['links[0].rate: expected a data rate like "1 Gb/s", got "fast"']);
    (s.links[0] as Record<string, unknown>).rate = '1 Gb/s';
    expect(issues(s)).toEqual(['nodes[3].id: duplicate node id "A" (first at nodes[0])', 'flows[0].to: unknown node "Nowhere"']);
  });

  it('takes MAC and IP addresses, and refuses a malformed one or one two nodes share', () => {
    const s = base();
    s.nodes[0] = { id: 'A', type: 'plc', addresses: ['00:1B:1B:AA:BB:CC', '10.0.0.5', 'fe80::1'] } as never;
    expect(issues(s)).toEqual([]);
    s.nodes[2] = { id: 'B', type: 'drive', addresses: ['00:1b:1b:aa:bb:cc'] } as never;
    expect(issues(s)).toEqual(['nodes[2].addresses[0]: address 00:1b:1b:aa:bb:cc is also at nodes[0].addresses[0]: a capture could not tell the two apart']);
    s.nodes[2] = { id: 'B', type: 'drive', addresses: ['10.0.0.256'] } as never;
    expect(issues(s)[0]).toMatch(/^nodes\[2\]\.addresses\[0\]: /);
  });

  it('suggests the field meant for a misspelt one', () => {
    const s = base();
    (s.links[0] as Record<string, unknown>).rat = '1 Gb/s';
    expect(issues(s)).toContain('links[0].rat: unknown field; did you mean "rate"?');
  });

  it('names the missing field and the expected kind', () => {
    const s = base() as Record<string, unknown>;
    delete s.name;
    s.flows = [{ id: 'f', from: 'A', to: 'B', size: '100 B', pattern: { type: 'sometimes' } }];
    expect(issues(s)).toEqual([
      'name: missing; expected a string',
      'flows[0].pattern.type: expected "periodic" or "cbr" or "poisson" or "burst" or "onoff" or "trace", got string "sometimes"',
    ]);
  });

  it('says a missing format is missing, and "an object" (it said "got undefined undefined", "a object")', () => {
    const s = base() as Record<string, unknown>;
    delete s.format;
    s.nodes = [5];
    expect(issues(s)).toEqual(['format: missing; expected "netloom.scenario/v1"', 'nodes[0]: expected an object, got number 5']);
  });

  it('rejects a period shorter than one frame on the source link', () => {
    const s = base();
    s.flows[0].pattern = { type: 'periodic', period: '1 us' };
    expect(issues(s)).toEqual(["flows[0].pattern.period: the period 1 us is shorter than sending one 100 B packet on A's link (11.04 us at 100 Mb/s)"]);
  });

  it('rejects a flow with no route through forwarding nodes', () => {
    const s = base();
    s.nodes.push({ id: 'C', type: 'camera' });
    s.links.push({ from: 'B', to: 'C', rate: '1 Gb/s', delay: '0 s' });
    s.flows[0].to = 'C'; // A → S → B → C: B is a drive, it does not forward
    expect(issues(s)).toEqual([
      'flows[0]: no route from "A" to "C": they are not connected through forwarding nodes (switch, router, firewall, gateway, wifi-ap, 5g-cell)',
    ]);
  });

  it('checks an explicit path hop by hop', () => {
    const s = base();
    s.flows[0].path = ['A', 'B'];
    expect(issues(s)).toEqual(['flows[0].path[1]: no link between "A" and "B"']);
    s.flows[0].path = ['A', 'S', 'B'];
    expect(issues(s)).toEqual([]);
  });

  it('rejects non-positive rates and negative delays', () => {
    const s = base();
    s.links[0].rate = '0 Mb/s';
    s.links[0].delay = '-1 us';
    expect(issues(s)).toEqual(['links[0].rate: expected a rate greater than 0, got "0 Mb/s"', 'links[0].delay: expected a time at least 0, got "-1 us"']);
  });

  it('requires request flows to end at a compute node', () => {
    const s = base();
    s.flows[0].response = { size: '100 B' };
    expect(issues(s)).toEqual(['flows[0].response: a request flow must go to a compute or cloud node, or a node with a "compute" object; "B" is a drive']);
  });

  it('reads trace files given by the host, and reports a missing one by path', () => {
    const s = base();
    s.flows[0].pattern = { type: 'trace', file: 'sends.csv', unit: 'us' };
    expect(issues(s)).toEqual(['flows[0].pattern.file: cannot read "sends.csv" next to the scenario']);
    const m = loadScenario(s, { 'sends.csv': 'time\n0\n12.5\n# comment\n40\n' });
    expect(m.flows[0].pattern).toEqual({ type: 'trace', timesPs: Float64Array.from([0, 12_500_000, 40_000_000]) });
    expect(issues(s, { 'sends.csv': '0\n5\nabc\n' })).toEqual(['flows[0].pattern.file: sends.csv line 3: expected a non-negative number, got "abc"']);
  });

  it('refuses TSN on a one-queue (fifo) node and on a radio link, naming the node', () => {
    const fifo = base();
    fifo.nodes[1] = { id: 'S', type: 'switch', switch: { scheduler: 'fifo' }, tsn: { cbs: { 5: { idleSlope: '10 Mb/s' } } } } as never;
    expect(issues(fifo)).toEqual(expect.arrayContaining([expect.stringMatching(/^nodes\[1\]\.tsn: .*FIFO queue.*"strict"/)]));
    const radio = base();
    radio.nodes[1] = { id: 'S', type: 'wifi-ap', tsn: { preemption: { express: [7] } } } as never;
    radio.links[1] = { from: 'S', to: 'B', rate: '100 Mb/s', medium: 'wireless', delay: '0 s' } as never;
    expect(issues(radio)).toEqual([expect.stringMatching(/^nodes\[1\]\.tsn: the link to B is a radio link/)]);
    (radio.nodes[1] as Record<string, unknown>).tsn = { ports: { A: { preemption: { express: [7] } } } };
    expect(issues(radio)).toEqual([]);
  });

  it('throws only ScenarioError, for anything', () => {
    for (const bad of [null, 3, 'text', [], {}, { format: 'netloom.scenario/v1' }]) {
      expect(() => loadScenario(bad)).toThrow(ScenarioError);
    }
  });

  it('turns a JSON syntax error into a ScenarioError with line and column', () => {
    expect(() => parseScenarioText('{\n  "name": "x",\n  oops\n}')).toThrow(/not valid JSON at line 3, column 3/);
  });
});
