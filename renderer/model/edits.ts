/**
 * Every edit of the scenario as a pure function (old scenario → new scenario). The store
 * applies them with one undo entry each; tests call them directly.
 */
import { type FlowJson, linkId, type LinkJson, type NodeJson, type NodeType, type Position, type ScenarioJson } from '../../sim/api/index.ts';
import { deviceInfo } from './deviceTypes.ts';

export function uniqueId(prefix: string, taken: Iterable<string>): string {
  const set = new Set(taken);
  for (let i = 1; ; i++) if (!set.has(`${prefix}${i}`)) return `${prefix}${i}`;
}

export function addNode(s: ScenarioJson, type: NodeType, position: Position): { scenario: ScenarioJson; id: string } {
  const id = uniqueId(
    deviceInfo(type).prefix,
    s.nodes.map((n) => n.id),
  );
  const node: NodeJson = { id, type, position: position.map((v) => Math.round(v * 10) / 10) as Position };
  if (type === 'compute') node.compute = { servers: 1, service: '5 ms' };
  if (type === 'cloud') node.compute = { servers: 8, service: '20 ms' };
  return { scenario: { ...s, nodes: [...s.nodes, node] }, id };
}

export function moveNodes(s: ScenarioJson, moves: ReadonlyMap<string, Position>): ScenarioJson {
  return {
    ...s,
    nodes: s.nodes.map((n) => {
      const p = moves.get(n.id);
      return p ? { ...n, position: p.map((v) => Math.round(v * 100) / 100) as Position } : n;
    }),
  };
}

export function addLink(s: ScenarioJson, from: string, to: string, rate = '1 Gb/s'): { scenario: ScenarioJson; key: string } {
  const link: LinkJson = { from, to, rate };
  const keys = new Set(s.links.map(linkId));
  if (keys.has(linkId(link)) || keys.has(`${to}-${from}`)) link.id = uniqueId(`${from}-${to}#`, keys);
  return { scenario: { ...s, links: [...s.links, link] }, key: linkId(link) };
}

export interface Removal {
  scenario: ScenarioJson;
  nodes: number;
  links: number;
  flows: number;
}

/** Deletes nodes (with their links and the flows that start, end or pass there) and links. */
export function removeElements(s: ScenarioJson, nodeIds: readonly string[], linkKeys: readonly string[], flowIds: readonly string[] = []): Removal {
  const nodes = new Set(nodeIds);
  const links = new Set(linkKeys);
  const flows = new Set(flowIds);
  const keepNode = s.nodes.filter((n) => !nodes.has(n.id));
  const keepLink = s.links.filter((l) => !links.has(linkId(l)) && !nodes.has(l.from) && !nodes.has(l.to));
  const touches = (f: FlowJson) =>
    nodes.has(f.from) || nodes.has(f.to) || (f.response?.to !== undefined && nodes.has(f.response.to)) || (f.path ?? []).some((p) => nodes.has(p));
  const keepFlow = s.flows.filter((f) => !flows.has(f.id) && !touches(f));
  return {
    scenario: { ...s, nodes: keepNode, links: keepLink, flows: keepFlow },
    nodes: s.nodes.length - keepNode.length,
    links: s.links.length - keepLink.length,
    flows: s.flows.length - keepFlow.length,
  };
}

/** Renames a node everywhere it is named (links, flows, paths, responses). */
export function renameNode(s: ScenarioJson, from: string, to: string): ScenarioJson {
  const r = (x: string) => (x === from ? to : x);
  return {
    ...s,
    nodes: s.nodes.map((n) => (n.id === from ? { ...n, id: to } : n)),
    links: s.links.map((l) => (l.from === from || l.to === from ? { ...l, from: r(l.from), to: r(l.to) } : l)),
    flows: s.flows.map((f) => {
      if (f.from !== from && f.to !== from && f.response?.to !== from && !(f.path ?? []).includes(from)) return f;
      const g: FlowJson = { ...f, from: r(f.from), to: r(f.to) };
      if (f.path) g.path = f.path.map(r);
      if (f.response) g.response = { ...f.response, ...(f.response.to ? { to: r(f.response.to) } : {}) };
      return g;
    }),
  };
}

export function addFlow(s: ScenarioJson, from: string, to: string): { scenario: ScenarioJson; id: string } {
  const id = uniqueId(
    `${from}-${to}-`,
    s.flows.map((f) => f.id),
  );
  const flow: FlowJson = {
    id,
    from,
    to,
    size: '100 B',
    priority: 6,
    pattern: { type: 'periodic', period: '1 ms' },
    requirement: { latency: '1 ms', jitter: '100 us', loss: 0 },
    application: 'cyclic control',
  };
  return { scenario: { ...s, flows: [...s.flows, flow] }, id };
}

export function setPositions(s: ScenarioJson, positions: ReadonlyMap<string, Position>): ScenarioJson {
  return moveNodes(s, positions);
}

export function newScenario(): ScenarioJson {
  return {
    format: 'netloom.scenario/v1',
    name: 'Untitled plant',
    description: '',
    nodes: [
      { id: 'SW1', type: 'switch', position: [0, 0, 0], switch: { latency: '2 us' } },
      { id: 'PLC1', type: 'plc', position: [-6, 4, 0] },
      { id: 'IO1', type: 'io', position: [6, 4, 0] },
    ],
    links: [
      { from: 'PLC1', to: 'SW1', rate: '100 Mb/s' },
      { from: 'IO1', to: 'SW1', rate: '100 Mb/s' },
    ],
    flows: [
      {
        id: 'cycle-IO1',
        from: 'PLC1',
        to: 'IO1',
        size: '100 B',
        priority: 6,
        pattern: { type: 'periodic', period: '1 ms' },
        requirement: { latency: '1 ms', jitter: '100 us', loss: 0 },
        application: 'cyclic control',
      },
    ],
    simulation: { duration: '2 s', seed: 1 },
  };
}
