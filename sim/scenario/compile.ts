/**
 * Semantic checks and compilation of a schema-valid scenario into the engine's Model.
 * Every problem found is collected with its JSON path; the caller gets them all at once.
 */
import { checkLlm, llmFlowModel, responseSize } from './checkLlm.ts';
import { MAX_PS, psFromSeconds } from '../core/SimTime.ts';
import type { Issue } from './errors.ts';
import { distMax } from './fields.ts';
import type { FlowModel, Framing, LinkModel, Model, NodeModel, PortModel, RequirementModel } from './model.ts';
import { FORWARDING_TYPES, type ParsedFlow, type ParsedLink, type ParsedScenario } from './schema.ts';
import { portTsn } from './compileTsn.ts';
import { linkId } from './linkId.ts';
import { shortestRoutes } from './shortestRoutes.ts';
import { buildGraph, disjointRoute, portBetween, type Graph } from './topology.ts';
import { FRAMING, wireBytes } from './framing.ts';
import { minOf } from '../core/extrema.ts';
import { compileTrace, traceFlowSize } from './compileTrace.ts';
import { nodeModel } from './compileNode.ts';
import { patternModel } from './compilePattern.ts';
import { fmtTime } from './formatLimits.ts';
import { compileGateways } from './compileGateways.ts';
import { checkPipelineRequirement, compilePipeline } from './compilePipeline.ts';

export { wireBytes };

export interface Overrides {
  seed?: number;
  durationS?: number;
  replications?: number;
}

const SPEED_OF_LIGHT = 299_792_458;
const VELOCITY_FACTOR = { copper: 0.66, fiber: 0.68, wireless: 1 } as const;
export const DEFAULT_MTU = 1500;

function framingOf(l: ParsedLink): Framing {
  const f = l.framing ?? 'ethernet';
  if (typeof f === 'string') return FRAMING[f];
  return { overhead: f.overhead, tag: 0, minFrame: f.minFrame ?? 0, preamble: 0, ifg: f.gap ?? 0 };
}

export function compile(s: ParsedScenario, files: Record<string, string>, o: Overrides = {}): { model?: Model; issues: Issue[] } {
  const issues: Issue[] = [];
  const err = (path: string, message: string) => issues.push({ path, message });

  // ---- nodes
  const nodeIndex = new Map<string, number>();
  const addressAt = new Map<string, string>();
  s.nodes.forEach((n, i) => {
    const first = nodeIndex.get(n.id);
    if (first !== undefined) err(`nodes[${i}].id`, `duplicate node id "${n.id}" (first at nodes[${first}])`);
    else nodeIndex.set(n.id, i);
    n.addresses?.forEach((a, j) => {
      const seen = addressAt.get(a.toLowerCase());
      if (seen !== undefined) err(`nodes[${i}].addresses[${j}]`, `address ${a} is also at ${seen}: a capture could not tell the two apart`);
      else addressAt.set(a.toLowerCase(), `nodes[${i}].addresses[${j}]`);
    });
    if (n.switch && !FORWARDING_TYPES.has(n.type))
      err(`nodes[${i}].switch`, `only forwarding nodes (${[...FORWARDING_TYPES].join(', ')}) have switch settings; a ${n.type} has "nic"`);
    if (n.wifi && n.type !== 'wifi-ap') err(`nodes[${i}].wifi`, `only a wifi-ap has Wi-Fi settings, this is a ${n.type}`);
    if (n.cell && n.type !== '5g-cell') err(`nodes[${i}].cell`, `only a 5g-cell has cell settings, this is a ${n.type}`);
  });
  const nodes: NodeModel[] = s.nodes.map((n, i) => nodeModel(n, i));

  // ---- links
  const linkIds = new Map<string, number>();
  const links: LinkModel[] = [];
  s.links.forEach((l, i) => {
    const from = nodeIndex.get(l.from);
    const to = nodeIndex.get(l.to);
    if (from === undefined) err(`links[${i}].from`, `unknown node "${l.from}"`);
    if (to === undefined) err(`links[${i}].to`, `unknown node "${l.to}"`);
    if (l.from === l.to) err(`links[${i}].to`, `a link needs two different nodes, both ends are "${l.from}"`);
    const id = linkId(l);
    const first = linkIds.get(id);
    if (first !== undefined)
      err(l.id ? `links[${i}].id` : `links[${i}]`, `duplicate link id "${id}" (first at links[${first}])${l.id ? '' : '; give parallel links an "id"'}`);
    else linkIds.set(id, i);
    if (l.delay !== undefined && l.length !== undefined) err(`links[${i}].length`, 'give either "delay" or "length", not both');
    if (l.medium !== undefined && l.medium !== 'wireless' && l.length === undefined && l.delay === undefined)
      err(`links[${i}].medium`, '"medium" sets the speed for "length", which is missing');
    // on a radio link the PHY timing comes from the Wi-Fi model: the framing is the MAC's
    // 24 B header, 4 B FCS and 8 B LLC/SNAP
    const framing = l.medium === 'wireless' && l.framing === undefined ? { overhead: 36, tag: 0, minFrame: 0, preamble: 0, ifg: 0 } : framingOf(l);
    const mtu = l.mtu ?? DEFAULT_MTU;
    if (mtu < 68) err(`links[${i}].mtu`, `expected an MTU of at least 68 B (the IPv4 minimum), got ${mtu} B`);
    let delayS = l.delay;
    if (delayS === undefined && l.length !== undefined) delayS = l.length / (SPEED_OF_LIGHT * VELOCITY_FACTOR[l.medium ?? 'copper']);
    if (delayS === undefined && from !== undefined && to !== undefined) {
      const a = s.nodes[from].position;
      const b = s.nodes[to].position;
      if (a && b) delayS = Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]) / (SPEED_OF_LIGHT * VELOCITY_FACTOR[l.medium ?? 'copper']);
    }
    const failures = (l.failures ?? []).map((f, k): [number, number] => {
      if (f.to <= f.from) err(`links[${i}].failures[${k}].to`, 'expected the link to come back after it went down');
      return [psFromSeconds(f.from), psFromSeconds(f.to)];
    });
    if (l.roaming) {
      if (l.roaming.outage >= l.roaming.every) err(`links[${i}].roaming.outage`, 'expected an outage shorter than the time between hand-overs');
      const horizon = (o.durationS ?? s.simulation?.duration ?? 1) + (s.simulation?.drain ?? 1);
      for (let t = l.roaming.every; t < horizon && failures.length < 100000; t += l.roaming.every)
        failures.push([psFromSeconds(t), psFromSeconds(t + l.roaming.outage)]);
    }
    const wireless = l.medium === 'wireless';
    links.push({
      id,
      index: i,
      from: from ?? 0,
      to: to ?? 0,
      rateBps: l.rate,
      delayPs: psFromSeconds(delayS ?? 0),
      framing,
      mtu,
      loss: l.loss ?? 0,
      failures,
      wireless,
    });
  });
  const port = (index: number, link: LinkModel, from: number, to: number): PortModel => {
    const tsn = s.nodes[from] && s.nodes[to] ? portTsn(s.nodes[from], `nodes[${from}]`, s.nodes[to].id, link.rateBps, err) : undefined;
    if (tsn && nodes[from].txBuffer > 0)
      err(`nodes[${from}].tsn`, 'TSN ports select frames at the last moment: a transmit buffer (txBuffer) cannot be combined with them');
    if (tsn && nodes[from].scheduler === 'fifo')
      err(`nodes[${from}].tsn`, 'TSN shapes traffic classes, but this node has one FIFO queue (scheduler "fifo"): set its scheduler to "strict"');
    const radio = link.wireless && (nodes[from].wifi || nodes[from].cell || nodes[to].wifi || nodes[to].cell);
    if (tsn && radio)
      err(
        `nodes[${from}].tsn`,
        `the link to ${nodes[to].id} is a radio link, timed by its Wi-Fi or 5G model: ` +
          `put the TSN settings under tsn.ports.<neighbour> for the wired ports only`,
      );
    return tsn ? { index, link: link.index, from, to, tsn } : { index, link: link.index, from, to };
  };
  const ports: PortModel[] = links.flatMap((l) => [port(2 * l.index, l, l.from, l.to), port(2 * l.index + 1, l, l.to, l.from)]);
  s.nodes.forEach((n, i) => {
    for (const neighbour of Object.keys(n.tsn?.ports ?? {}))
      if (!links.some((l) => (l.from === i && s.nodes[l.to]?.id === neighbour) || (l.to === i && s.nodes[l.from]?.id === neighbour)))
        err(`nodes[${i}].tsn.ports.${neighbour}`, `"${n.id}" has no link to "${neighbour}"`);
  });
  const graph = buildGraph(
    nodes.length,
    nodes.map((n) => n.forwarding),
    links,
  );

  // ---- simulation
  const sim = s.simulation ?? {};
  const durationS = o.durationS ?? sim.duration ?? 1;
  const warmupS = sim.warmup ?? 0;
  const drainS = sim.drain ?? 1;
  if (warmupS >= durationS) err('simulation.warmup', `expected a warm-up shorter than the duration (${fmtTime(durationS)}), got ${fmtTime(warmupS)}`);
  if (psFromSeconds(durationS + drainS) > MAX_PS / 2)
    err('simulation.duration', `duration + drain must stay under ${fmtTime(MAX_PS / 2e12)} (exact picosecond time), got ${fmtTime(durationS + drainS)}`);
  const durationPs = psFromSeconds(durationS);

  // ---- flows
  // every shortest route the flows ask for (theirs without a path, their responses'), one search per source
  const asked: [number, number][] = [];
  const routeAt = s.flows.map((f) => {
    const from = nodeIndex.get(f.from);
    const to = nodeIndex.get(f.to);
    if (from === undefined || to === undefined) return { route: -1, response: -1 };
    const rto = f.response && (f.response.to === undefined ? from : nodeIndex.get(f.response.to));
    return { route: f.path || f.pipeline ? -1 : asked.push([from, to]) - 1, response: rto === undefined ? -1 : asked.push([to, rto]) - 1 };
  });
  const found = shortestRoutes(graph, asked);
  const flowIds = new Map<string, number>();
  const flows: FlowModel[] = [];
  s.flows.forEach((f, i) => {
    const at = `flows[${i}]`;
    const first = flowIds.get(f.id);
    if (first !== undefined) err(`${at}.id`, `duplicate flow id "${f.id}" (first at flows[${first}])`);
    else flowIds.set(f.id, i);
    const from = nodeIndex.get(f.from);
    const to = nodeIndex.get(f.to);
    if (from === undefined) err(`${at}.from`, `unknown node "${f.from}"`);
    if (to === undefined) err(`${at}.to`, `unknown node "${f.to}"`);
    if (from === undefined || to === undefined) return;
    if (from === to) return void err(`${at}.to`, `a flow needs a destination other than its source "${f.from}"`);
    const pipeline = compilePipeline(f, at, from, to, nodes, nodeIndex, graph, err);
    // a pipeline flow's messages take its legs: its route is the first leg that crosses the network
    const route = f.pipeline
      ? pipeline?.legs.find((l) => l.route.length > 0)?.route
      : f.path
        ? explicitRoute(f.path, f, graph, nodeIndex, `${at}.path`, err)
        : found[routeAt[i].route];
    if (!route) {
      if (!f.path && !f.pipeline)
        err(at, `no route from "${f.from}" to "${f.to}": they are not connected through forwarding nodes (${[...FORWARDING_TYPES].join(', ')})`);
      return;
    }
    let response: FlowModel['response'];
    if (f.response) {
      if (!nodes[to].compute)
        err(`${at}.response`, `a request flow must go to a compute or cloud node, or a node with a "compute" object; "${f.to}" is a ${s.nodes[to].type}`);
      const rto = f.response.to === undefined ? from : nodeIndex.get(f.response.to);
      if (rto === undefined) err(`${at}.response.to`, `unknown node "${f.response.to}"`);
      else if (rto === to) err(`${at}.response.to`, 'the response must leave the compute node');
      else {
        const rroute = found[routeAt[i].response];
        if (!rroute) err(`${at}.response.to`, `no route from "${f.to}" back to "${s.nodes[rto].id}"`);
        else response = { size: responseSize(f, at, err), to: rto, route: rroute };
      }
    } else {
      if (f.service) err(`${at}.service`, 'a service time applies to request flows; add "response"');
      if (f.model) err(`${at}.model`, 'a model applies to request flows; add "response"');
      if (f.batch) err(`${at}.batch`, 'batching applies to request flows; add "response"');
    }
    checkPipelineRequirement(f, at, err);
    const startS = f.start ?? 0;
    const stopS = Math.min(f.stop ?? durationS, durationS);
    if (f.stop !== undefined && startS >= f.stop) err(`${at}.stop`, `expected a stop after start (${fmtTime(startS)}), got ${fmtTime(f.stop)}`);
    const tagged = f.priority !== undefined;
    const trace = f.pattern.type === 'trace' ? compileTrace(f.pattern, `${at}.pattern`, files, err) : undefined;
    // without a size there is an issue already: a stand-in lets the other checks of the flow run
    const size = traceFlowSize(f, trace, at, err) ?? ({ dist: 'constant', value: 1 } as const);
    let frer: number[][] | undefined;
    let primary = route;
    if (f.frer) {
      if (f.response) err(`${at}.frer`, 'redundancy applies to one-way flows, not requests to a compute node');
      if (f.frer === true) {
        const second = disjointRoute(graph, from, route, (p) => [ports[p].from, ports[p].to]);
        if (!second)
          err(
            `${at}.frer`,
            `no second path from "${f.from}" to "${f.to}" disjoint from ` +
              `${[f.from, ...route.map((p) => s.nodes[ports[p].to].id)].join(' → ')}: add a redundant link or give "paths"`,
          );
        else frer = [second];
      } else {
        const all = f.frer.paths.map((p, k) => explicitRoute(p, f, graph, nodeIndex, `${at}.frer.paths[${k}]`, err));
        if (all.every((r) => r !== undefined)) {
          primary = all[0] as number[];
          frer = all.slice(1) as number[][];
        }
      }
      const mtu = minOf([primary, ...(frer ?? [])].flat().map((p) => links[p >> 1].mtu));
      if (distMax(size) > mtu) err(`${at}.size`, `redundant frames must fit one frame (≤ ${mtu} B on these paths): they are not fragmented`);
    }
    const routeMtu = minOf(route.map((p) => links[p >> 1].mtu));
    const pattern = patternModel(f, size, trace, `${at}.pattern`, err, links[route[0] >> 1], routeMtu, tagged, [startS, stopS]);
    flows.push({
      id: f.id,
      index: flows.length,
      from,
      to,
      size,
      priority: f.priority ?? 0,
      tagged,
      pattern: pattern ?? { type: 'trace', timesPs: new Float64Array(0) },
      requirement: requirementModel(f, at, err),
      route: primary,
      ...(frer ? { frer } : {}),
      response,
      service: f.service,
      model: f.model,
      batch: f.batch ? { max: f.batch.max, timeoutPs: psFromSeconds(f.batch.timeout ?? 0), perItemPs: psFromSeconds(f.batch.perItem ?? 0) } : undefined,
      startPs: psFromSeconds(startS),
      stopPs: psFromSeconds(stopS),
      protocol: f.protocol,
      llm: llmFlowModel(f),
      ...(pipeline ? { pipeline } : {}),
    });
  });
  checkLlm(s, nodes, flows, err);

  compileGateways(s, nodes, links, ports, flows, err);

  if (issues.length > 0) return { issues };
  const model: Model = {
    name: s.name,
    seed: o.seed ?? s.simulation?.seed ?? 1,
    replications: o.replications ?? s.simulation?.replications ?? 1,
    durationPs,
    warmupPs: psFromSeconds(warmupS),
    drainPs: psFromSeconds(drainS),
    nodes,
    links,
    ports,
    flows,
  };
  return { model, issues };
}

function explicitRoute(
  path: string[],
  f: ParsedFlow,
  g: Graph,
  nodeIndex: Map<string, number>,
  at: string,
  err: (p: string, m: string) => void,
): number[] | undefined {
  if (path[0] !== f.from) return void err(`${at}[0]`, `the path must start at the flow's source "${f.from}", got "${path[0]}"`);
  if (path[path.length - 1] !== f.to)
    return void err(`${at}[${path.length - 1}]`, `the path must end at the flow's destination "${f.to}", got "${path[path.length - 1]}"`);
  const route: number[] = [];
  for (let k = 0; k < path.length; k++) {
    const n = nodeIndex.get(path[k]);
    if (n === undefined) return void err(`${at}[${k}]`, `unknown node "${path[k]}"`);
    if (k > 0 && k < path.length - 1 && !g.forwarding[n])
      return void err(`${at}[${k}]`, `"${path[k]}" does not forward traffic (it is not a switch, router, gateway, AP or cell)`);
    if (k === 0) continue;
    const prev = nodeIndex.get(path[k - 1])!;
    const port = portBetween(g, prev, n);
    if (port === undefined) return void err(`${at}[${k}]`, `no link between "${path[k - 1]}" and "${path[k]}"`);
    route.push(port);
  }
  return route;
}

function requirementModel(f: ParsedFlow, at: string, err: (p: string, m: string) => void): RequirementModel | undefined {
  const r = f.requirement;
  if (!r) return undefined;
  if (r.percentile !== undefined && r.latency === undefined && r.ttft === undefined && r.tpot === undefined)
    err(`${at}.requirement.percentile`, 'a percentile applies to a latency bound; add "latency"');
  if (r.deadlineMiss !== undefined && r.latency === undefined)
    err(`${at}.requirement.deadlineMiss`, 'a deadline-miss bound counts packets later than "latency"; add it');
  return { ...r, percentile: r.percentile ?? 100 };
}
