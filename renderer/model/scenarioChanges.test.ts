import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { type Action, applyPlan, DEFAULT_CATALOG, type ScenarioJson } from '../../sim/api/index.ts';
import { changeCount, scenarioChanges } from './scenarioChanges.ts';

const pharma = JSON.parse(readFileSync(new URL('../../scenarios/industry/pharma-fill-finish.json', import.meta.url), 'utf8')) as ScenarioJson;
const upgrade = (actions: Action[]) => applyPlan(pharma, actions, DEFAULT_CATALOG) as unknown as ScenarioJson;
const asIs = pharma as unknown as ScenarioJson;

describe('scenarioChanges', () => {
  test('an unchanged scenario has no changes', () => {
    expect(changeCount(scenarioChanges(asIs, upgrade([])))).toBe(0);
  });

  test('a faster link is a changed link, under the key the core gives it (the id the planner writes is not a change)', () => {
    const c = scenarioChanges(asIs, upgrade([{ kind: 'link-rate', link: 'PLC-LINE', rate: '1 Gb/s', fiber: true }]));
    expect(c.links).toEqual([{ id: 'PLC-LINE', kind: 'changed', from: 'PLC', to: 'LINE', note: 'rate 100 Mb/s → 1 Gb/s, medium copper → fiber' }]);
    expect(c.nodes).toEqual([]);
  });

  test('a replaced switch and more accelerators are changed nodes, each saying what changed', () => {
    const c = scenarioChanges(
      asIs,
      upgrade([
        { kind: 'switch', node: 'LINE', model: 'tsn' },
        { kind: 'gpu', node: 'EDGE', add: 2 },
      ]),
    );
    const byId = Object.fromEntries(c.nodes.map((n) => [n.id, n.note]));
    expect(byId.LINE).toBe('switch replaced: latency 4 us → 1 us, queue 2000 → 4000');
    expect(byId.EDGE).toBe('compute servers 1 → 3');
  });

  test('a priority, a route and a move to a new edge server are changed flows; the server and its uplink are added', () => {
    const c = scenarioChanges(
      asIs,
      upgrade([
        { kind: 'priority', flow: 'batch-record', priority: 1 },
        { kind: 'reroute', flow: 'motion-FILLER-out', path: ['PLC', 'LINE', 'FILLER'] },
        { kind: 'edge-server', at: 'LINE', id: 'EDGE2', flows: ['inspect-CAM-CAP'] },
      ]),
    );
    expect(c.flows).toEqual([
      { id: 'motion-FILLER-out', kind: 'changed', note: 'routed via PLC → LINE → FILLER' },
      { id: 'inspect-CAM-CAP', kind: 'changed', note: 'served by EDGE2 instead of EDGE' },
      { id: 'batch-record', kind: 'changed', note: 'priority untagged → 1' },
    ]);
    expect(c.nodes).toEqual([{ id: 'EDGE2', kind: 'added', note: 'new edge server (edge GPU server)' }]);
    expect(c.links).toEqual([{ id: 'EDGE2-LINE', kind: 'added', from: 'EDGE2', to: 'LINE', note: 'new link, 10 Gb/s' }]);
  });

  test('a settings block the plan sets (a 5G cell’s profile, say) lists the settings that changed', () => {
    const after = { ...asIs, nodes: asIs.nodes.map((n) => (n.id === 'LINE' ? { ...n, cell: { profile: 'urllc', numerology: 2 } } : n)) } as ScenarioJson;
    expect(scenarioChanges(asIs, after).nodes).toEqual([{ id: 'LINE', kind: 'changed', note: 'cell: profile — → urllc, numerology — → 2' }]);
  });

  test('moving a device is not a change', () => {
    const moved = { ...asIs, nodes: asIs.nodes.map((n) => (n.id === 'PLC' ? { ...n, position: [1, 2, 0] as [number, number, number] } : n)) };
    expect(changeCount(scenarioChanges(asIs, moved))).toBe(0);
  });
});
