/**
 * `npx tsx bench/memoryFloor.ts`: the floor the memory system sets on the engine's cost per event
 * as plants grow (issue 10), without the engine. At one instant a generated plant's cells all do
 * the same step (every cell's PLC frame reaches its switch at the same picosecond), so the engine
 * touches one flow's and a few ports' state per cell, cell after cell, then the next step: with
 * per-flow and per-port arrays numbered cell by cell, consecutive events are a cell's state apart
 * (84 flows × 136 B of FlowTable figures, 102 ports × 8 B in each per-port array).
 *
 * This replays that pattern on plain typed arrays: `arrays` per-port Float64 arrays, one per-flow
 * record array and the per-route and per-flow arrays the engine still reads by number, `steps`
 * steps per cycle, one event per cell per step touching `touches` of the port arrays, its flow's
 * record and `remaining` of the others. It prints the time per event for R1's size (1 cell), 100
 * cells (5,000 devices) and 1,000 cells (50,000 devices), with everything numbered cell by cell
 * (the engine before issue 10's rounds 4 and 5), with the port state (PortSlots) and the flow
 * figures (FlowTable) numbered in event order but the rest still cell by cell (the engine now),
 * and everything step by step (the order the events run in), and each one's ratio to R1's.
 *
 * What is still read cell by cell, and why: Routes (a route's start, length and MTU, and the
 * route's ports in one flat array) and the per-flow constants Simulation reads at each emission
 * and delivery (size, class, tag, ring, response, destination; the link's loss flag at each
 * arrival). They are indexed by the packet's route and flow numbers, which the packet carries
 * and which Redundancy, PortStats' route positions and the trace read in the model's numbering:
 * renumbering them means a route slot in the packet next to its route number (4 B more per
 * packet) or every reader mapping back.
 *   npx tsx bench/memoryFloor.ts [--cells 1,100,1000] [--events 20000000]
 */
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { cells: { type: 'string', default: '1,100,1000' }, events: { type: 'string', default: '20000000' } } });
const sizes = values.cells.split(',').map(Number);
const EVENTS = Number(values.events);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !(EVENTS > 0)) {
  console.error('bench/memoryFloor: --cells takes cell counts separated by commas (1,100,1000), --events a count');
  process.exit(2);
}
/** per cell, as in scripts/make-plant.ts's 50-device cells: ports, flows, FlowTable's figures per flow */
const PORTS = 102;
const FLOWS = 84;
const STRIDE = 17;
/** per-port Float64 arrays in Wire, WiredMedium, PortQueues and PortStats, and how many one event touches */
const ARRAYS = 28;
const TOUCHES = 10;
/** per-route and per-flow arrays still numbered by route and flow (Routes' 4, Simulation's 7, per link 1), and how many one event reads */
const REMAINING_ARRAYS = 12;
const REMAINING = 4;
const ROUTES = 2 * FLOWS;

/** cell: everything numbered cell by cell; now: ports and flow figures in event order, the rest cell by cell; step: all in event order */
type Order = 'cell' | 'now' | 'step';

function run(cells: number, order: Order): number {
  const stepMajor = order !== 'cell';
  const restStepMajor = order === 'step';
  // the per-port arrays end to end in one (one element type at every load: the JIT's code is the same for each size)
  const n = cells * PORTS;
  const ports = new Float64Array(ARRAYS * n);
  const figures = new Float64Array(cells * FLOWS * STRIDE);
  const nr = cells * ROUTES;
  const rest = new Float64Array(REMAINING_ARRAYS * nr);
  const routeAt = (c: number, k: number) => (restStepMajor ? k * cells + c : c * ROUTES + k);
  const portAt = (c: number, k: number) => (stepMajor ? k * cells + c : c * PORTS + k);
  const flowAt = (c: number, k: number) => (stepMajor ? k * cells + c : c * FLOWS + k) * STRIDE;
  let sum = 0;
  let done = 0;
  const t = process.cpuUsage();
  for (;;) {
    for (let k = 0; k < PORTS; k++) {
      for (let c = 0; c < cells; c++) {
        const p = portAt(c, k);
        for (let a = 0; a < TOUCHES; a++) {
          const i = ((k + a * 3) % ARRAYS) * n + p;
          ports[i] += 1;
          sum += ports[i];
        }
        const f = flowAt(c, k % FLOWS);
        for (let i = 0; i < STRIDE; i += 2) figures[f + i] += 1;
        const r = routeAt(c, k % ROUTES);
        for (let a = 0; a < REMAINING; a++) sum += rest[((k + a * 5) % REMAINING_ARRAYS) * nr + r];
        if (++done === EVENTS) {
          const { user, system } = process.cpuUsage(t);
          if (sum < 0) console.log(sum);
          return ((user + system) * 1e3) / EVENTS;
        }
      }
    }
  }
}

const rows: string[][] = [['cells', 'state MB', 'ns/event, cell by cell', 'vs R1', 'ports and flows in event order', 'vs R1', 'all in event order', 'vs R1']];
let base = 0;
for (const cells of sizes) {
  for (const order of ['cell', 'now', 'step'] as const) run(cells, order); // warm the JIT and the pages
  // the least of two runs each: the machine is shared
  const ns = (['cell', 'now', 'step'] as const).map((order) => Math.min(run(cells, order), run(cells, order)));
  if (base === 0) base = ns[0];
  const mb = (cells * (ARRAYS * PORTS + FLOWS * STRIDE + REMAINING_ARRAYS * ROUTES) * 8) / 1e6;
  rows.push([String(cells), mb.toFixed(1), ...ns.flatMap((x) => [x.toFixed(1), (x / base).toFixed(2)])]);
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const r of rows) console.log(r.map((cell, c) => cell.padStart(widths[c])).join('  '));
