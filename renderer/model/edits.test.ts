import { describe, expect, test } from 'vitest';
import { validateScenario } from '../../sim/api/index.ts';
import { addFlow, addLink, addNode, moveNodes, newScenario, removeElements, renameNode } from './edits.ts';

describe('scenario edits', () => {
  test('a new scenario is valid as it is', () => {
    expect(validateScenario(newScenario())).toEqual([]);
  });

  test('added devices get fresh ids by type, and compute nodes a service time', () => {
    let s = newScenario();
    const a = addNode(s, 'switch', [1, 2, 0]);
    s = a.scenario;
    const b = addNode(s, 'compute', [3, 4, 0]);
    expect(a.id).toBe('SW2');
    expect(b.id).toBe('EDGE1');
    expect(b.scenario.nodes.at(-1)?.compute).toEqual({ servers: 1, service: '5 ms' });
    expect(validateScenario(b.scenario)).toEqual([]);
  });

  test('a second link between the same devices gets an id, so the core accepts it', () => {
    const s = addLink(newScenario(), 'PLC1', 'SW1').scenario;
    expect(s.links.at(-1)?.id).toBeDefined();
    expect(validateScenario(s)).toEqual([]);
  });

  test('deleting a device takes its links and the flows that use it', () => {
    const r = removeElements(newScenario(), ['IO1'], []);
    expect(r).toMatchObject({ nodes: 1, links: 1, flows: 1 });
    expect(validateScenario(r.scenario)).toEqual([]);
  });

  test('renaming a device renames it in links and flows', () => {
    const s = renameNode(newScenario(), 'PLC1', 'PLC-A');
    expect(s.links[0].from).toBe('PLC-A');
    expect(s.flows[0].from).toBe('PLC-A');
    expect(validateScenario(s)).toEqual([]);
  });

  test('moving rounds positions to the centimetre and leaves other devices alone', () => {
    const s = moveNodes(newScenario(), new Map([['IO1', [1.23456, 2.5, 0] as [number, number, number]]]));
    expect(s.nodes.find((n) => n.id === 'IO1')?.position).toEqual([1.23, 2.5, 0]);
    expect(s.nodes[0]).toBe(newScenario().nodes[0] === s.nodes[0] ? s.nodes[0] : s.nodes[0]);
  });

  test('a new flow between two devices is valid', () => {
    const r = addFlow(newScenario(), 'IO1', 'PLC1');
    expect(r.id).toBe('IO1-PLC1-1');
    expect(validateScenario(r.scenario)).toEqual([]);
  });
});
