import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { applyPlan, DEFAULT_CATALOG, type Position, type ScenarioJson } from '../../sim/api/index.ts';
import { scenarioChanges } from '../model/scenarioChanges.ts';
import { overlayIsEmpty, planOverlay } from './planOverlay.ts';

const pharma = JSON.parse(readFileSync(new URL('../../scenarios/industry/pharma-fill-finish.json', import.meta.url), 'utf8')) as ScenarioJson;
const upgraded = applyPlan(
  pharma as unknown as ScenarioJson,
  [
    { kind: 'link-rate', link: 'PLC-LINE', rate: '1 Gb/s', fiber: false },
    { kind: 'edge-server', at: 'LINE', id: 'EDGE2', flows: ['inspect-CAM-CAP'] },
  ],
  DEFAULT_CATALOG,
) as unknown as ScenarioJson;
const changes = scenarioChanges(pharma, upgraded);
const positionOf = (id: string) => pharma.nodes.find((n) => n.id === id)?.position as Position | undefined;

describe('planOverlay', () => {
  test('over the as-is scenario: the changed link and flow are marked, the new server and its uplink are ghosts where the plan puts them', () => {
    const o = planOverlay(pharma, changes, upgraded, positionOf);
    expect([...o.links.keys()]).toEqual(['PLC-LINE']);
    expect([...o.flows.keys()]).toEqual(['inspect-CAM-CAP']);
    expect(o.nodes.size).toBe(0);
    expect(o.ghosts.nodes).toEqual([{ id: 'EDGE2', type: 'compute', position: [0, -3, 0], note: 'new edge server (edge GPU server)' }]);
    expect(o.ghosts.links).toEqual([{ key: 'EDGE2-LINE', from: 'EDGE2', to: 'LINE', note: 'new link, 10 Gb/s' }]);
  });

  test('over the accepted scenario: what was added is marked as added, nothing is a ghost', () => {
    const o = planOverlay(upgraded, changes, null, positionOf);
    expect(o.nodes.get('EDGE2')?.kind).toBe('added');
    expect(o.links.get('EDGE2-LINE')?.kind).toBe('added');
    expect(o.ghosts).toEqual({ nodes: [], links: [] });
  });

  test('over an edited scenario only what still exists is marked', () => {
    const edited = { ...pharma, links: pharma.links.filter((l) => l.from !== 'PLC'), flows: [] };
    const o = planOverlay(edited, changes, null, positionOf);
    expect(overlayIsEmpty(o)).toBe(true);
  });
});
