/**
 * The INET export is a project OMNeT++ 6 reads. OMNeT++ is not installable here, so each exported
 * network is parsed with a grammar of NED (test/validation/ned/ned.peggy) that follows OMNeT++'s own,
 * src/nedxml/ned2.y in the omnetpp repository; the grammar is shown to accept NED's general
 * constructs (ned/general.ned) and to reject broken NED, so the check can fail. Then every node,
 * link and flow of each scenario must be in the project with its figures, and every key of
 * omnetpp.ini must name a submodule the network declares.
 */
import { readdirSync, readFileSync } from 'node:fs';
import peggy from 'peggy';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readScenarioFiles } from '../../node/readScenarioFiles.ts';
import { exportInet, loadScenario, type Model } from '../../sim/api/index.ts';

const NED = new URL('./ned/', import.meta.url);
const parser = peggy.generate(readFileSync(new URL('ned.peggy', NED), 'utf8'));

interface Param {
  name: string;
  value?: string;
}
interface Connection {
  from: { module?: string; gate: string; sub?: unknown };
  arrow: string;
  channel?: { type?: string; params: Param[] };
  to: { module?: string; gate: string; sub?: unknown };
}
interface TypeDecl {
  kind: string;
  name: string;
  extends?: string[];
  submodules: { name: string; type: string }[];
  connections: Connection[];
}
const parse = (text: string) => parser.parse(text) as (TypeDecl | { kind: 'import' | 'package'; name: string })[];

const DIRS = ['industry', 'reference', 'examples'];
const scenarios = DIRS.flatMap((d) =>
  readdirSync(new URL(`../../scenarios/${d}/`, import.meta.url))
    .filter((f) => f.endsWith('.json'))
    .map((f) => `${d}/${f}`),
);

/** "100Mbps" → 1e8, "500ns" → 500000 (ps): the figure OMNeT++ reads */
const UNIT: Record<string, number> = { bps: 1, kbps: 1e3, Mbps: 1e6, Gbps: 1e9, s: 1e12, ms: 1e9, us: 1e6, ns: 1e3, ps: 1, B: 1 };
function quantity(text: string | undefined): number {
  const m = /^(\d+(?:\.\d+)?)([A-Za-z]+)$/.exec(text ?? '');
  if (!m || UNIT[m[2]] === undefined) throw new Error(`not a quantity: ${text}`);
  return Number(m[1]) * UNIT[m[2]];
}

function exported(file: string) {
  const url = new URL(`../../scenarios/${file}`, import.meta.url);
  const json = JSON.parse(readFileSync(url, 'utf8'));
  const { files } = readScenarioFiles(json, fileURLToPath(new URL('.', url))); // the trace files it replays
  const model: Model = loadScenario(json, files);
  const project = exportInet(json, files);
  const ned = project.files.find((f) => f.name.endsWith('.ned'))?.text ?? '';
  const ini = project.files.find((f) => f.name === 'omnetpp.ini')?.text ?? '';
  return { model, project, ned, ini };
}

/** the ini's `key = value` lines (comments and the section header left out) */
const entries = (ini: string) =>
  ini
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#') && !l.startsWith('['))
    .map((l) => {
      const at = l.indexOf(' = ');
      return [l.slice(0, at), l.slice(at + 3)] as const;
    });

describe('the NED grammar (after OMNeT++ src/nedxml/ned2.y)', () => {
  it('reads the general constructs: package, imports, interfaces, simple and compound modules, vectors, loops, channels', () => {
    const items = parse(readFileSync(new URL('general.ned', NED), 'utf8'));
    const cell = items.find((i) => i.name === 'Cell') as TypeDecl;
    expect(items.map((i) => `${i.kind} ${i.name}`)).toEqual([
      'package org.example.cell',
      'import inet.node.ethernet.*',
      'import org.example.**',
      'propertydecl unit',
      'moduleinterface IController',
      'simple Source',
      'channel Cable',
      'module Cell',
      'network Plant',
    ]);
    expect(cell.submodules.map((s) => `${s.name}: ${s.type}`)).toEqual(['src: Source', 'sink: Source', 'ctrl: like IController']);
    expect(cell.connections.map((c) => c.arrow)).toEqual(['-->', '<--', '<-->', '-->']);
  });

  const good = exported('reference/r1-line-cell.json').ned;
  const broken: [string, string][] = [
    ['a connection without its ";"', good.replace(/(<--> \w+\.ethg\+\+);/, '$1')],
    ['a connection with one end', good.replace(/<--> (\w+)\.ethg\+\+;/, ';')],
    ['"->" for an arrow', good.replace('<-->', '->')],
    ['a submodule named with a digit first', good.replace(/^( {8})(\w+):/m, '$11$2:')],
    ['a keyword as a submodule name', good.replace(/^( {8})(\w+):/m, '$1network:')],
    ['a submodule without a type', good.replace(/^( {8}\w+): \w+/m, '$1:')],
    ['a missing closing brace', good.replace(/}\s*$/, '')],
    ['a channel parameter without "="', good.replace('datarate = ', 'datarate ')],
    ['an unterminated string', good.replace('@display("p=', '@display("p=1,2); }\n')],
  ];
  it.each(broken)('rejects broken NED: %s', (_, text) => {
    expect(text).not.toBe(good);
    expect(() => parse(text)).toThrow(/Expected/);
  });
});

describe.each(scenarios)('INET export of %s', (file) => {
  const { model, project, ned, ini } = exported(file);
  const items = parse(ned);
  const network = items.find((i) => i.kind === 'network') as TypeDecl;
  const subs = new Map(network.submodules.map((s) => [s.name, s.type]));

  it('is a NED network OMNeT++ parses, with a submodule per node and a connection per link at its rate and delay', () => {
    expect(network.name).toBe(project.network);
    expect(project.files.map((f) => f.name)).toEqual([`${project.network}.ned`, 'omnetpp.ini']);
    expect(network.submodules).toHaveLength(model.nodes.length);
    // each node is named in its submodule's comment, with a module type INET has
    for (const n of model.nodes) expect(ned).toContain(`// ${n.id} (${n.type})`);
    for (const t of subs.values()) expect(['StandardHost', 'EthernetSwitch', 'TsnDevice', 'TsnSwitch']).toContain(t);
    const imported = items.filter((i) => i.kind === 'import').map((i) => i.name.split('.').pop());
    for (const t of [...subs.values(), ...(network.extends ?? []), 'DatarateChannel']) expect(imported).toContain(t);

    expect(network.connections).toHaveLength(model.links.length);
    network.connections.forEach((c, i) => {
      const l = model.links[i];
      const param = (name: string) => c.channel?.params.find((p) => p.name === name)?.value;
      expect(c.arrow).toBe('<-->');
      expect(subs.has(c.from.module ?? '') && subs.has(c.to.module ?? ''), `link ${l.id}`).toBe(true);
      expect(quantity(param('datarate')), `link ${l.id} rate`).toBe(l.rateBps);
      expect(quantity(param('delay')), `link ${l.id} delay`).toBe(l.delayPs);
      if (l.loss > 0) expect(Number(param('per'))).toBe(l.loss);
    });
  });

  it("has an omnetpp.ini whose every key names a submodule of the network, the scenario's duration and seed, and an app pair per flow", () => {
    const keys = entries(ini);
    const value = (key: string) => keys.find(([k]) => k === key)?.[1];
    expect(value('network')).toBe(project.network);
    expect(quantity(value('sim-time-limit'))).toBe(model.durationPs);
    expect(value('seed-set')).toBe(String(model.seed));
    for (const [key] of keys) {
      if (!key.startsWith('*.')) continue;
      const first = key.split('.')[1];
      expect(first === '*' || subs.has(first), `${key}: no submodule ${first}`).toBe(true);
    }
    // each node's egress queue limit (-1: none), under the NED name its comment gives
    const nameOf = new Map([...ned.matchAll(/^ {8}(\w+): \w+ \{[^}]*\} \/\/ (\S+) \(/gm)].map((m) => [m[2], m[1]]));
    for (const n of model.nodes) {
      const limit = keys.find(([k]) => k.startsWith(`*.${nameOf.get(n.id)}.eth[*].`) && k.endsWith('.packetCapacity'))?.[1];
      if (!Number.isFinite(n.queueLimitBytes)) expect(Number(limit), `node ${n.id}`).toBe(Number.isFinite(n.queueLimitPackets) ? n.queueLimitPackets : -1);
    }
    // each gated port's gates on the Ethernet port its link takes at that node: its place among the node's connections
    for (const port of model.ports.filter((p) => p.tsn?.gates)) {
      const name = nameOf.get(model.nodes[port.from].id) ?? '';
      const link = model.links[port.link];
      const k = network.connections.slice(0, port.link).filter((c) => c.from.module === name || c.to.module === name).length;
      expect(ini, `${link.id} at ${name}`).toContain(`*.${name}.eth[${k}].macLayer.queue.transmissionGate[`);
    }
    for (const f of model.flows) {
      const port = keys.find(([k, v]) => k.endsWith('.destPort') && v === String(1000 + f.index));
      expect(port, `flow ${f.id}`).toBeDefined();
      const app = port?.[0].replace(/\.destPort$/, '') ?? '';
      const sink = keys.find(([k, v]) => k.endsWith('.localPort') && v === String(1000 + f.index))?.[0].replace(/\.localPort$/, '') ?? '';
      expect(value(`${app}.typename`)).toBe('"UdpBasicApp"');
      expect(value(`${sink}.typename`)).toBe('"UdpSink"');
      expect(ini).toContain(`# flow ${f.id}: `);
      const [src, dst] = [app.split('.')[1], sink.split('.')[1]];
      expect(ned).toContain(`${src}: `);
      expect(ned).toMatch(new RegExp(`\\b${src}: \\w+ \\{[^}]*\\} // ${reEscape(model.nodes[f.from].id)} `));
      expect(ned).toMatch(new RegExp(`\\b${dst}: \\w+ \\{[^}]*\\} // ${reEscape(model.nodes[f.to].id)} `));
      if (f.size.dist === 'constant') expect(quantity(value(`${app}.messageLength`))).toBe(Math.max(0, f.size.value - 28));
      const interval = value(`${app}.sendInterval`) ?? '';
      if (f.pattern.type === 'periodic') expect(quantity(interval)).toBe(f.pattern.periodPs);
      if (f.pattern.type === 'cbr') expect(quantity(interval)).toBe(Math.round(f.pattern.intervalPs));
      if (f.pattern.type === 'poisson') expect(quantity(/^exponential\((\w+)\)$/.exec(interval)?.[1])).toBe(Math.round(f.pattern.meanIntervalPs));
      expect(quantity(value(`${app}.stopTime`))).toBe(Math.min(f.stopPs, model.durationPs));
    }
  });
});

const reEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
