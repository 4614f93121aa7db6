/**
 * Relayout benchmark (not a test): `npx tsx bench/app/relayout.ts [--plant FILE] [--rounds N]`. The steel
 * works (scenarios/plants/steel-works.json, written out flat) as the app opens it, every cell collapsed;
 * then a cell opened (the app's toggle), laid out two ways in turns, with ELK in process as the app's
 * layout worker runs it: the whole graph again (before: what the app did) and in place (layoutInPlace.ts:
 * the cell's interior alone, nothing else moves). Prints each time, the ratio, and how many nodes outside
 * the cell each way moved.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import ELK from 'elkjs/lib/elk.bundled.js';
import { collapsedView } from '../../renderer/model/collapsedView.ts';
import { plantHierarchy } from '../../renderer/model/plantHierarchy.ts';
import { elkLayout, type TopologyLayout } from '../../renderer/editor/layout/elkLayout.ts';
import { layoutGraph } from '../../renderer/editor/layout/layoutGraph.ts';
import { layoutInPlace } from '../../renderer/editor/layout/layoutInPlace.ts';
import { expandScenario } from '../../sim/api/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const { values } = parseArgs({ options: { plant: { type: 'string' }, rounds: { type: 'string' } } });
const flat = expandScenario(JSON.parse(readFileSync(values.plant ?? join(ROOT, 'scenarios/plants/steel-works.json'), 'utf8')));
const groups = plantHierarchy(flat);
const cells = groups.filter((g) => g.leaf).map((g) => g.id);
const view = (open: string[]) => layoutGraph(collapsedView(flat, new Map(), groups, new Set(cells.filter((c) => !open.includes(c)))));
const elk = new ELK();
const closed = view([]);
const t0 = performance.now();
const base = await elkLayout(closed, elk);
console.log(`${closed.nodes.length} nodes drawn, every cell collapsed: first layout ${(performance.now() - t0).toFixed(0)} ms`);
const moved = (a: TopologyLayout, b: TopologyLayout) =>
  [...a.at].filter(([id, p]) => b.at.has(id) && (b.at.get(id)!.x !== p.x || b.at.get(id)!.y !== p.y)).length;
const whole: number[] = [];
const inPlace: number[] = [];
const rounds = Number(values.rounds ?? 3);
for (let r = 0; r < rounds; r++) {
  const cell = cells[(r * 37) % cells.length];
  const open = view([cell]);
  let t = performance.now();
  const a = await elkLayout(open, elk);
  whole.push(performance.now() - t);
  t = performance.now();
  const b = await layoutInPlace({ graph: closed, layout: base }, open, elk);
  inPlace.push(performance.now() - t);
  const inPlaceMoved = b ? moved(base, b) : 'fell back';
  console.log(
    `open ${cell}: whole ${whole.at(-1)!.toFixed(0)} ms (${moved(base, a)} nodes moved), in place ${inPlace.at(-1)!.toFixed(0)} ms (${inPlaceMoved} moved)`,
  );
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const [w, p] = [median(whole), median(inPlace)];
console.log(`median: whole ${w.toFixed(0)} ms, in place ${p.toFixed(0)} ms: ${(w / p).toFixed(1)}× faster`);
