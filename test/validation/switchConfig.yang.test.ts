/**
 * The switch configurations against the IEEE 802.1 YANG modules themselves, with yanglint
 * (libyang), and against the schedule and the scenario they come from: the gate control list
 * of a synthesized 802.1Qbv schedule (tsn-schedule.json), the gates, credit-based shaper and
 * preemption a scenario declares (tsn-cell.json), and a plant with no TSN at all (the automotive
 * body shop), whose switches still get their PCP table — the one the simulator forwards by, as a
 * run shows. A broken document must be rejected, so the check can fail.
 *
 * yanglint validates the documents as a complete configuration datastore (-t config). The IEEE
 * modules' `must` statements compare the gate list with the switch's own capability leaves
 * (supported-list-max, -interval-max, -cycle-max, 12.29.1.5–7 of 802.1Qcw), which a real switch's
 * datastore holds and the documents do not write, and they need an admin-cycle-time on every
 * port, gated or not: the test adds them as a switch would report them (list length 1024 as the
 * scenario's default, interval and cycle at their uint32 maxima, a cycle of 0 where no gates are).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { applySchedule, synthesizeSchedule } from '../../sim/analysis/gcl/index.ts';
import { loadScenario, runScenario, type SwitchConfig, switchConfig } from '../../sim/api/index.ts';
import { missing, yanglint } from './yanglint.ts';

const scenario = (path: string) => JSON.parse(readFileSync(new URL(`../../scenarios/${path}`, import.meta.url), 'utf8'));

const SCHED_BRIDGE = 'urn:ieee:std:802.1Q:yang:ieee802-dot1q-sched-bridge';
/** what a switch without a gate list holds: no cycle */
const NO_CYCLE = { 'admin-cycle-time': { numerator: 0, denominator: 1 } };
const NO_CYCLE_XML = '<admin-cycle-time><numerator>0</numerator><denominator>1</denominator></admin-cycle-time>';
const LIMITS = { 'supported-list-max': 1024, 'supported-interval-max': 0xffffffff, 'supported-cycle-max': { numerator: 0xffffffff, denominator: 1e9 } };
const LIMITS_XML =
  `<supported-list-max>1024</supported-list-max><supported-cycle-max><numerator>${0xffffffff}</numerator>` +
  `<denominator>1000000000</denominator></supported-cycle-max><supported-interval-max>${0xffffffff}</supported-interval-max>`;

type Json = Record<string, any>;

/** The RESTCONF document with each port's capability leaves, as the switch's datastore has them. */
function withLimitsJson(restconf: string): string {
  const data = JSON.parse(restconf) as Json;
  for (const i of data['ietf-interfaces:interfaces'].interface) {
    const port = i['ieee802-dot1q-bridge:bridge-port'];
    port['ieee802-dot1q-sched-bridge:gate-parameter-table'] = { ...NO_CYCLE, ...port['ieee802-dot1q-sched-bridge:gate-parameter-table'], ...LIMITS };
  }
  return JSON.stringify(data);
}

/** The <config> of the NETCONF request, with the same capability leaves in each bridge-port. */
function configWithLimitsXml(netconf: string): string {
  const config = netconf.slice(netconf.indexOf('<config>') + '<config>'.length, netconf.indexOf('</config>'));
  const ports = config.split('</bridge-port>');
  return ports
    .map((chunk, i) =>
      i === ports.length - 1
        ? chunk
        : chunk.includes('</gate-parameter-table>')
          ? chunk.replace('</gate-parameter-table>', `${LIMITS_XML}</gate-parameter-table>`)
          : `${chunk}<gate-parameter-table xmlns="${SCHED_BRIDGE}">${NO_CYCLE_XML}${LIMITS_XML}</gate-parameter-table>`,
    )
    .join('</bridge-port>');
}

function expectValid(sw: SwitchConfig) {
  const json = yanglint(withLimitsJson(sw.restconf), 'json', 'config');
  expect(json.output, `${sw.node}.restconf.json`).toBe('');
  expect(json.ok).toBe(true);
  const rpc = yanglint(sw.netconf, 'xml', 'nc-rpc');
  expect(rpc.output, `${sw.node}.netconf.xml as a NETCONF request`).toBe('');
  expect(rpc.ok).toBe(true);
  const config = yanglint(configWithLimitsXml(sw.netconf), 'xml', 'config', 'json');
  expect(config.ok, `${sw.node}.netconf.xml's config: ${config.output}`).toBe(true);
  // the XML, read by libyang, is the same data as the JSON (the replace operation aside, a NETCONF attribute)
  const read = JSON.parse(config.output, (key, value) => (key === '@' ? undefined : value));
  expect(read).toEqual(JSON.parse(withLimitsJson(sw.restconf)));
}

const ports = (sw: SwitchConfig) => (JSON.parse(sw.restconf) as Json)['ietf-interfaces:interfaces'].interface as Json[];
const bridgePort = (sw: SwitchConfig, name: string) => ports(sw).find((i) => i.name === name)!['ieee802-dot1q-bridge:bridge-port'] as Json;
/** adjacent intervals joined */
function merged(intervals: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of intervals) {
    const last = out[out.length - 1];
    if (last && last[1] === a) last[1] = b;
    else out.push([a, b]);
  }
  return out;
}

const skip = missing !== undefined;
const named = (what: string) => `${what}${missing ? ` (skipped: ${missing})` : ''}`;

beforeAll(() => {
  if (missing) console.log(`switchConfig.yang: ${missing}; the documents are checked against the schedule and scenario only`);
});

describe('tsn-schedule.json with its synthesized 802.1Qbv schedule', () => {
  const raw = scenario('examples/tsn-schedule.json');
  const schedule = synthesizeSchedule(loadScenario(raw));
  const configs = switchConfig(loadScenario(applySchedule(raw, schedule)));

  it('has a schedule, and a document for each of its three switches', () => {
    expect(schedule.ok).toBe(true);
    expect(configs.switches.map((s) => s.node)).toEqual(['SW-CORE', 'SW-L1', 'SW-L2']);
    expect(configs.switches.reduce((a, s) => a + s.gated, 0)).toBe(schedule.ports.filter((p) => p.port.from.startsWith('SW-')).length);
  });

  it("each switch port's admin control list is its schedule: entries in ns, cycle as a rational, every window inside an opening of its class", () => {
    for (const p of schedule.ports.filter((q) => q.port.from.startsWith('SW-'))) {
      const table = bridgePort(configs.switches.find((s) => s.node === p.port.from)!, `to-${p.port.to}`)['ieee802-dot1q-sched-bridge:gate-parameter-table'];
      const entries = table['admin-control-list']['gate-control-entry'] as Json[];
      expect(entries.map((e) => [e['time-interval-value'] * 1000, e['gate-states-value']])).toEqual(p.entries.map((e) => [e.durationPs, e.mask]));
      const { numerator, denominator } = table['admin-cycle-time'];
      expect(numerator * 1e12).toBe(p.cyclePs * denominator);
      // the class's openings in the written list, then each window of the schedule inside one of them
      const open: [number, number][] = [];
      let t = 0;
      for (const e of entries) {
        const end = t + e['time-interval-value'] * 1000;
        if ((e['gate-states-value'] >> schedule.pcp) & 1) open.push([t, end]);
        t = end;
      }
      expect(t).toBe(p.cyclePs);
      const openings = merged([...open, ...open.map(([a, b]): [number, number] => [a + p.cyclePs, b + p.cyclePs])]); // a window may cross the cycle's end
      for (const w of p.windows) {
        const start = ((w.openPs % p.cyclePs) + p.cyclePs) % p.cyclePs;
        const inside = openings.some(([a, b]) => a <= start && start + (w.closePs - w.openPs) <= b);
        expect(inside, `${p.port.name}: window of ${w.flow} at ${w.openPs} ps`).toBe(true);
      }
    }
  });

  it.skipIf(skip)(named('every document is valid against the IEEE modules (yanglint)'), () => {
    for (const sw of configs.switches) expectValid(sw);
  });
});

describe('tsn-cell.json: the gates and the credit-based shaper the scenario declares', () => {
  const configs = switchConfig(loadScenario(scenario('examples/tsn-cell.json')));
  const port = bridgePort(configs.switches.find((s) => s.node === 'SW-D')!, 'to-SW-E');

  it('SW-D→SW-E: the 500 us cycle of 60 us for class 7 and 440 us for the others, as written in the scenario', () => {
    const table = port['ieee802-dot1q-sched-bridge:gate-parameter-table'];
    expect(table['admin-control-list']['gate-control-entry'].map((e: Json) => [e['time-interval-value'], e['gate-states-value']])).toEqual([
      [60_000, 0b1000_0000],
      [440_000, 0b0111_1111],
    ]);
    expect(table['admin-cycle-time']).toEqual({ numerator: 1, denominator: 2000 });
  });

  it("class 5's idle slope is the scenario's 60 Mb/s in bit/s, and class 5 alone uses the credit-based shaper", () => {
    expect(port['ieee802-dot1q-cbsa-bridge:cbsa']).toEqual({ 'cbsa-parameter-table': [{ 'traffic-class': 5, 'admin-idle-slope': '60000000' }] });
    const tsa = port['transmission-selection-algorithm-table']['transmission-selection-algorithm-map'] as Json[];
    expect(tsa.filter((m) => m['transmission-selection-algorithm'] === 'ieee802-dot1q-types:credit-based-shaper').map((m) => m['traffic-class'])).toEqual([5]);
    expect(tsa).toHaveLength(8);
  });

  it('the express classes 7 and 5 of SW-D→SW-E and 7 of SW-E→DRV1, per priority; the others preemptable', () => {
    const status = (sw: string, to: string) =>
      bridgePort(configs.switches.find((s) => s.node === sw)!, to)['ieee802-dot1q-preemption-bridge:frame-preemption-parameters'][
        'frame-preemption-status-table'
      ];
    const expected = (express: number[]) =>
      Object.fromEntries([0, 1, 2, 3, 4, 5, 6, 7].map((p) => [`priority${p}`, express.includes(p) ? 'express' : 'preemptable']));
    expect(status('SW-D', 'to-SW-E')).toEqual(expected([7, 5]));
    expect(status('SW-E', 'to-DRV1')).toEqual(expected([7]));
    expect(bridgePort(configs.switches.find((s) => s.node === 'SW-D')!, 'to-CAM')).not.toHaveProperty(
      'ieee802-dot1q-preemption-bridge:frame-preemption-parameters',
    );
  });

  it('says what it did not write: the minimum fragment, port names, and why the PCP table is written', () => {
    expect(configs.assumed.join('\n')).toMatch(/SW-D→SW-E: frame preemption's minimum fragment \(64 B, 802\.3br addFragSize\)/);
    expect(configs.assumed.join('\n')).toMatch(/Table 8-5/);
  });

  it.skipIf(skip)(named('every document is valid against the IEEE modules (yanglint)'), () => {
    for (const sw of configs.switches) expectValid(sw);
  });
});

describe('automotive-body-shop.json: a plant with no TSN, strict-priority and FIFO switches', () => {
  const raw = scenario('industry/automotive-body-shop.json');
  const configs = switchConfig(loadScenario(raw));
  const fifo = new Set(raw.nodes.filter((n: Json) => n.switch?.scheduler === 'fifo').map((n: Json) => n.id));

  it('every switch port gets the PCP table the simulation uses (one class on a FIFO switch), strict priority, and nothing else', () => {
    expect(configs.switches.length).toBe(5);
    expect(fifo.size).toBeGreaterThan(0);
    for (const sw of configs.switches)
      for (const i of ports(sw)) {
        const port = i['ieee802-dot1q-bridge:bridge-port'];
        const classes = fifo.has(sw.node) ? 1 : 8;
        expect(port['traffic-class']['traffic-class-table'], `${sw.node} ${i.name}`).toEqual({
          'number-of-traffic-classes': classes,
          ...Object.fromEntries([0, 1, 2, 3, 4, 5, 6, 7].map((p) => [`priority${p}`, classes === 1 ? 0 : p])),
        });
        const tsa = port['transmission-selection-algorithm-table']['transmission-selection-algorithm-map'] as Json[];
        expect(tsa.map((m) => m['transmission-selection-algorithm'])).toEqual(Array(classes).fill('ieee802-dot1q-types:strict-priority'));
        expect(Object.keys(port)).toEqual(['traffic-class', 'transmission-selection-algorithm-table']);
      }
  });

  it.skipIf(skip)(named('every document is valid against the IEEE modules (yanglint)'), () => {
    for (const sw of configs.switches) expectValid(sw);
  });

  it.skipIf(skip)(named('yanglint rejects a broken document: a PCP mapped past the number of classes, a gate state past a uint8'), () => {
    const sw = configs.switches[0];
    const bad = JSON.parse(sw.restconf) as Json;
    bad['ietf-interfaces:interfaces'].interface[0]['ieee802-dot1q-bridge:bridge-port']['traffic-class']['traffic-class-table'].priority0 = 8;
    const json = yanglint(withLimitsJson(JSON.stringify(bad)), 'json', 'config');
    expect(json.ok).toBe(false);
    expect(json.output).toMatch(/priority0/);
    const gated = switchConfig(loadScenario(scenario('examples/tsn-cell.json'))).switches.find((s) => s.node === 'SW-D')!;
    const xml = yanglint(configWithLimitsXml(gated.netconf.replace('<gate-states-value>128<', '<gate-states-value>256<')), 'xml', 'config');
    expect(xml.ok).toBe(false);
    expect(xml.output).toMatch(/256/);
  });
});

describe('the PCP table written is the one the simulator forwards by', () => {
  it('PCP 1 is served before PCP 0 (802.1Q Table 8-5 would put PCP 0 above PCP 1), and the document says class 1 > class 0', () => {
    // two 8 Mb/s streams into one 10 Mb/s port: strict priority lets the higher class through whole
    const flow = (id: string, from: string, priority: number) => ({ id, from, to: 'SINK', size: '1000 B', priority, pattern: { type: 'cbr', rate: '8 Mb/s' } });
    const scenario = {
      format: 'netloom.scenario/v1',
      name: 'pcp 0 against pcp 1',
      nodes: [
        { id: 'A', type: 'host' },
        { id: 'B', type: 'host' },
        { id: 'SW', type: 'switch', switch: { queueLimit: 20 } },
        { id: 'SINK', type: 'host' },
      ],
      links: [
        { from: 'A', to: 'SW', rate: '1 Gb/s' },
        { from: 'B', to: 'SW', rate: '1 Gb/s' },
        { from: 'SW', to: 'SINK', rate: '10 Mb/s' },
      ],
      flows: [flow('pcp0', 'A', 0), flow('pcp1', 'B', 1)],
      simulation: { duration: '200 ms', seed: 1 },
    };
    const report = runScenario({ scenario: scenario as never, files: {} });
    const lost = Object.fromEntries(report.flows.map((f) => [f.id, f.lost]));
    expect(lost.pcp1).toBe(0);
    expect(lost.pcp0).toBeGreaterThan(0);
    const table = bridgePort(switchConfig(loadScenario(scenario)).switches[0], 'to-SINK')['traffic-class']['traffic-class-table'];
    expect(table.priority1).toBeGreaterThan(table.priority0);
  });
});
