import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../scenario/load.ts';
import { bridgeConfigs } from './bridgeConfigs.ts';
import { YangValueError } from './gateParameterTable.ts';
import { toRestconfJson } from './toRestconfJson.ts';

const model = (tsn?: object, fifo = false) =>
  loadScenario({
    format: 'netloom.scenario/v1',
    name: 'bridges',
    nodes: [
      { id: 'PLC', type: 'plc', ...(tsn ? { tsn: { ports: { SW1: { gates: { cycle: '1 ms', entries: [{ duration: '1 ms', open: 'all' }] } } } } } : {}) },
      { id: 'SW1', type: 'switch', ...(fifo ? { switch: { scheduler: 'fifo' } } : {}), ...(tsn ? { tsn } : {}) },
      { id: 'SW2', type: 'switch' },
      { id: 'DRV', type: 'drive' },
    ],
    links: [
      { from: 'PLC', to: 'SW1', rate: '1 Gb/s' },
      { from: 'SW1', to: 'SW2', rate: '1 Gb/s' },
      { id: 'SW1-SW2-b', from: 'SW1', to: 'SW2', rate: '100 Mb/s' },
      { from: 'SW2', to: 'DRV', rate: '100 Mb/s' },
    ],
    flows: [],
  });

describe('bridgeConfigs', () => {
  it('one bridge per switch, one port per egress link, named after the neighbour (a second link to it numbered)', () => {
    const { bridges } = bridgeConfigs(model());
    expect(bridges.map((b) => [b.node, b.ports.map((p) => p.name)])).toEqual([
      ['SW1', ['to-PLC', 'to-SW2', 'to-SW2-2']],
      ['SW2', ['to-SW1', 'to-SW1-2', 'to-DRV']],
    ]);
    expect(bridges[0].ports.map((p) => [p.label, p.rateBps])).toEqual([
      ['SW1→PLC', 1e9],
      ['SW1→SW2', 1e9],
      ['SW1→SW2', 1e8],
    ]);
  });

  it('PCP p → class p on 8 strict-priority classes, as the simulator queues; one class on a FIFO switch', () => {
    const strict = bridgeConfigs(model()).bridges[0].ports[0];
    expect([strict.classes, strict.pcpToClass, strict.idleSlopes.every((s) => s === undefined), strict.gates]).toEqual([
      8,
      [0, 1, 2, 3, 4, 5, 6, 7],
      true,
      undefined,
    ]);
    const fifo = bridgeConfigs(model(undefined, true));
    expect([fifo.bridges[0].ports[0].classes, fifo.bridges[0].ports[0].pcpToClass]).toEqual([1, [0, 0, 0, 0, 0, 0, 0, 0]]);
    expect(fifo.assumed).toContain('SW1 has one FIFO queue (scheduler "fifo"): 1 traffic class, every PCP in it');
    const table = toRestconfJson(fifo.bridges[0])['ietf-interfaces:interfaces'].interface[0]['ieee802-dot1q-bridge:bridge-port'] as Record<string, any>;
    expect(table['transmission-selection-algorithm-table']['transmission-selection-algorithm-map']).toEqual([
      { 'traffic-class': 0, 'transmission-selection-algorithm': 'ieee802-dot1q-types:strict-priority' },
    ]);
  });

  it("idle slopes per class and the gates of each port, from the scenario; an end station's gates noted, not written", () => {
    const tsn = { cbs: { 5: { idleSlope: '20 Mb/s' }, 6: { idleSlope: '1.5 kb/s' } }, preemption: { express: [7] } };
    const { bridges, assumed } = bridgeConfigs(model(tsn));
    const port = bridges[0].ports[1];
    expect(port.idleSlopes).toEqual([undefined, undefined, undefined, undefined, undefined, 20e6, 1500, undefined]);
    expect(port.preemption).toEqual({ expressMask: 0x80, minFragment: 64 });
    expect(assumed).toContain(
      "SW1→SW2: frame preemption's minimum fragment (64 B, 802.3br addFragSize) is the MAC's, in the IEEE 802.3 Ethernet module: not written",
    );
    expect(assumed).toContain('gates on 1 end-station port (PLC→SW1) are not written: not bridges (netloom schedule --yang has them)');
    expect(bridges[1].ports.every((p) => p.idleSlopes.every((s) => s === undefined))).toBe(true);
  });

  it('refuses an idle slope that is not a whole number of bit/s, naming the port and class', () => {
    const { bridges } = bridgeConfigs(model({ cbs: { 5: { idleSlope: '2.5 b/s' } } }));
    expect(() => toRestconfJson(bridges[0])).toThrow(YangValueError);
    expect(() => toRestconfJson(bridges[0])).toThrow("SW1→PLC's class 5 idle slope is 2.5 bit/s, not a whole number of bit/s");
  });

  it('refuses a switch id a YANG string cannot hold (a control character), naming the port', () => {
    const m = model();
    m.nodes[1].id = 'SW\u0001';
    const { bridges } = bridgeConfigs(m);
    expect(() => toRestconfJson(bridges[0])).toThrow("SW\u0001→PLC's description has the character U+0001, which a YANG string cannot hold");
  });
});
