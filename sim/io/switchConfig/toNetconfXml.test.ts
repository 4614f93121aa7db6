import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toNetconfXml } from './toNetconfXml.ts';
import type { InterfacesData } from './toRestconfJson.ts';

const data: InterfacesData = {
  'ietf-interfaces:interfaces': {
    interface: [
      {
        name: 'to-A&B',
        description: 'NetLoom: <port> of "S"',
        type: 'iana-if-type:ethernetCsmacd',
        'ieee802-dot1q-bridge:bridge-port': {
          'traffic-class': { 'traffic-class-table': { 'number-of-traffic-classes': 8, priority0: 0 } },
          'ieee802-dot1q-sched-bridge:gate-parameter-table': {
            'gate-enabled': true,
            'admin-control-list': {
              'gate-control-entry': [
                { index: 0, 'operation-name': 'ieee802-dot1q-sched:set-gate-states', 'time-interval-value': 60000, 'gate-states-value': 128 },
                { index: 1, 'operation-name': 'ieee802-dot1q-sched:set-gate-states', 'time-interval-value': 440000, 'gate-states-value': 127 },
              ],
            },
          },
        },
      },
    ],
  },
};

describe('toNetconfXml', () => {
  const xml = toNetconfXml(data, '7');
  const parsed = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(xml);

  it('an edit-config on the running datastore, in the NETCONF base namespace', () => {
    expect(parsed.rpc['@_xmlns']).toBe('urn:ietf:params:xml:ns:netconf:base:1.0');
    expect(parsed.rpc['@_message-id']).toBe('7');
    expect(parsed.rpc['edit-config'].target).toEqual({ running: '' });
  });

  it("each module's nodes in its namespace, identityref values with their prefix declared, text escaped", () => {
    const iface = parsed.rpc['edit-config'].config.interfaces;
    expect(iface['@_xmlns']).toBe('urn:ietf:params:xml:ns:yang:ietf-interfaces');
    const i = iface.interface;
    expect([i.name, i.description]).toEqual(['to-A&B', 'NetLoom: <port> of "S"']);
    expect(i.type).toEqual({ '#text': 'iana-if-type:ethernetCsmacd', '@_xmlns:iana-if-type': 'urn:ietf:params:xml:ns:yang:iana-if-type' });
    const port = i['bridge-port'];
    expect(port['@_xmlns']).toBe('urn:ieee:std:802.1Q:yang:ieee802-dot1q-bridge');
    expect(port['traffic-class']['@_xmlns']).toBeUndefined(); // same module as its parent
    expect(port['traffic-class']['traffic-class-table']).toEqual({ 'number-of-traffic-classes': '8', priority0: '0' });
    const table = port['gate-parameter-table'];
    expect(table['@_xmlns']).toBe('urn:ieee:std:802.1Q:yang:ieee802-dot1q-sched-bridge');
    expect(table['gate-enabled']).toBe('true');
    const entries = table['admin-control-list']['gate-control-entry'];
    expect(entries.map((e: Record<string, unknown>) => [e.index, e['time-interval-value'], e['gate-states-value']])).toEqual([
      ['0', '60000', '128'],
      ['1', '440000', '127'],
    ]);
    expect(entries[0]['operation-name']).toEqual({
      '#text': 'ieee802-dot1q-sched:set-gate-states',
      '@_xmlns:ieee802-dot1q-sched': 'urn:ieee:std:802.1Q:yang:ieee802-dot1q-sched',
    });
  });

  it("the gate control list replaces the switch's rather than merging with it", () => {
    const list = parsed.rpc['edit-config'].config.interfaces.interface['bridge-port']['gate-parameter-table']['admin-control-list'];
    expect([list['@_nc:operation'], list['@_xmlns:nc']]).toEqual(['replace', 'urn:ietf:params:xml:ns:netconf:base:1.0']);
  });

  it('refuses a module whose namespace it does not know', () => {
    expect(() => toNetconfXml({ 'ietf-interfaces:interfaces': { interface: [{ 'vendor-x:knob': 1 }] } })).toThrow(
      'no XML namespace known for YANG module "vendor-x"',
    );
  });
});
