/**
 * Checks a change of the bounds' format against the figures: `dump DIR` writes the bounds of every
 * fingerprinted scenario (bounds.fingerprint.test.ts) to DIR, one line per port and per flow (the
 * steel works' bounds were 787 MB in v1: past V8's longest string); `compare OLD NEW` reads two such
 * directories, one made before the change and one after, and fails unless every number, string
 * and flag of every report is the same, the per-hop interferers and the ports' flows aside; the
 * interferers of each hop, rebuilt from the new report, are the old lists, name for name, and a
 * port's classes name the flows it listed.
 *   git stash; npx tsx test/validation/boundsCompare.ts dump /tmp/old; git stash pop
 *   npx tsx test/validation/boundsCompare.ts dump /tmp/new && npx tsx test/validation/boundsCompare.ts compare /tmp/old /tmp/new
 */
import { createReadStream, createWriteStream, mkdirSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { readScenarioFile } from '../../node/readScenarioFile.ts';
import { makePlant } from '../../scripts/make-plant.ts';
import { computeBounds, loadScenario } from '../../sim/api/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

function scenarioFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? scenarioFiles(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : []))
    .sort();
}

async function dump(out: string): Promise<void> {
  mkdirSync(out, { recursive: true });
  const jobs: [string, () => unknown][] = scenarioFiles(join(root, 'scenarios')).map((f) => [
    relative(root, f),
    () => {
      const input = readScenarioFile(f);
      return computeBounds(loadScenario(input.scenario, input.files));
    },
  ]);
  jobs.push(['plant-300', () => computeBounds(loadScenario(makePlant({ devices: 300 })))]);
  for (const [name, bounds] of jobs) {
    const file = createWriteStream(join(out, `${name.replaceAll('/', '_')}`));
    const { flows, ports, ...head } = bounds() as { flows: unknown[]; ports: unknown[] };
    const lines = [head, ...ports, ...flows].map((v) => `${JSON.stringify(v)}\n`);
    for (const line of lines) if (!file.write(line)) await new Promise<void>((r) => file.once('drain', () => r()));
    await new Promise<void>((r) => file.end(() => r()));
    console.log(name);
  }
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Hop = { port: number; priority: number; scheduler: string; interferers: Json };
type Port = { port: number; classes: { priority: number | null; flows: string[] }[] };

/** The old per-hop list, from the new report: the port's classes around the hop's own, itself left out once. */
function interferersOf(hop: Hop, port: Port, self: string): { flow: string; relation: string }[] {
  const out: { flow: string; relation: string }[] = [];
  const add = (flows: string[], relation: string, leaveOut: boolean) => {
    let left = !leaveOut;
    for (const flow of flows)
      if (!left && flow === self) left = true;
      else out.push({ flow, relation });
  };
  const cs = port.classes;
  if (hop.scheduler === 'fifo') add(cs[0].flows, 'FIFO', true);
  else {
    for (const c of cs) if (c.priority! > hop.priority) add(c.flows, 'higher priority', false);
    for (const c of cs) if (c.priority === hop.priority) add(c.flows, 'same class', true);
    for (const c of cs) if (c.priority! < hop.priority) add(c.flows, 'lower priority (blocking)', false);
  }
  return out;
}

function compareLine(name: string, a: Json, b: Json, ports: Map<number, Port>): string[] {
  const diffs: string[] = [];
  const walk = (x: Json, y: Json, path: string, flow?: string) => {
    if (diffs.length > 5) return;
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length) diffs.push(`${path}: ${x.length} items, now ${y.length}`);
      else x.forEach((v, k) => walk(v, y[k], `${path}[${k}]`, flow));
    } else if (x && y && typeof x === 'object' && typeof y === 'object' && !Array.isArray(x) && !Array.isArray(y)) {
      const id = typeof x.id === 'string' ? x.id : (flow ?? '');
      for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) {
        if (k === 'classes' && path === '') continue;
        if (k === 'flows' && path === '' && 'classes' in y && !('flows' in y)) {
          // a port's names: v1's list, each once, now by class
          const names = (y as unknown as Port).classes.flatMap((c) => c.flows);
          if (JSON.stringify([...new Set(names)].sort()) !== JSON.stringify([...(x[k] as string[])].sort())) diffs.push(`${path}.flows differ`);
          continue;
        }
        if (k === 'format' && x[k] === 'netloom.bounds/v1' && y[k] === 'netloom.bounds/v2') continue; // the change compared
        if (k === 'interferers' && 'port' in y) {
          const hop = y as unknown as Hop;
          // a redundant copy's own name: one of its flow's copies, `id (copy k)`
          const selves = x.direction === 'response' ? [`${id} (response)`] : x.direction === 'copy' ? [1, 2, 3, 4].map((c) => `${id} (copy ${c})`) : [id];
          const old = JSON.stringify(x[k]);
          if (!selves.some((self) => JSON.stringify(interferersOf(hop, ports.get(hop.port)!, self)) === old)) diffs.push(`${path}.interferers differ`);
          continue;
        }
        walk(x[k], y[k], `${path}.${k}`, id);
      }
    } else if (!Object.is(x, y)) diffs.push(`${path}: ${JSON.stringify(x)} → ${JSON.stringify(y)}`);
  };
  walk(a, b, '');
  return diffs.map((d) => `${name} ${d}`);
}

const [cmd, a, b] = process.argv.slice(2);
if (cmd === 'dump' && a) await dump(a);
else if (cmd === 'compare' && a && b) {
  let bad = 0;
  for (const f of readdirSync(a).sort()) {
    const news = createInterface({ input: createReadStream(join(b, f)) })[Symbol.asyncIterator]();
    const ports = new Map<number, Port>();
    let n = 0;
    let diffs: string[] = [];
    for await (const line of createInterface({ input: createReadStream(join(a, f)) })) {
      const next = await news.next();
      const y = next.done ? null : (JSON.parse(next.value) as Json);
      if (y && typeof y === 'object' && 'classes' in y) ports.set((y as unknown as Port).port, y as unknown as Port);
      if (diffs.length < 6) diffs = diffs.concat(compareLine(`${f} line ${++n}`, JSON.parse(line), y, ports));
    }
    if (!(await news.next()).done) diffs.push(`${f}: more lines than before`);
    bad += diffs.length;
    console.log(diffs.length === 0 ? `same: ${f} (${n} lines)` : diffs.join('\n'));
  }
  process.exit(bad === 0 ? 0 : 1);
} else {
  console.error('usage: boundsCompare.ts dump DIR | compare OLD NEW');
  process.exit(2);
}
