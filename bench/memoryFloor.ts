/**
 * `npx tsx bench/memoryFloor.ts`: the floor the memory system sets on the engine's cost per event
 * as plants grow (issue 10), without the engine. At one instant a generated plant's cells all do
 * the same step (every cell's PLC frame reaches its switch at the same picosecond), so the engine
 * touches one flow's and a few ports' state per cell, cell after cell, then the next step: with
 * per-flow and per-port arrays numbered cell by cell, consecutive events are a cell's state apart
 * (84 flows × 136 B of FlowTable figures, 102 ports × 8 B in each per-port array).
 *
 * This replays that pattern on plain typed arrays: `arrays` per-port Float64 arrays and one
 * per-flow record array, `steps` steps per cycle, one event per cell per step touching `touches`
 * of the arrays and its flow's record. It prints the time per event for R1's size (1 cell), 100
 * cells (5,000 devices) and 1,000 cells (50,000 devices), numbered cell by cell (the engine's
 * order) and step by step (the order the events run in), and the ratio to R1's.
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

function run(cells: number, stepMajor: boolean): number {
  // the per-port arrays end to end in one (one element type at every load: the JIT's code is the same for each size)
  const n = cells * PORTS;
  const ports = new Float64Array(ARRAYS * n);
  const figures = new Float64Array(cells * FLOWS * STRIDE);
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
        if (++done === EVENTS) {
          const { user, system } = process.cpuUsage(t);
          if (sum < 0) console.log(sum);
          return ((user + system) * 1e3) / EVENTS;
        }
      }
    }
  }
}

const rows: string[][] = [['cells', 'state MB', 'ns/event, cell by cell', 'vs 1 cell', 'ns/event, step by step', 'vs 1 cell']];
let base = 0;
for (const cells of sizes) {
  run(cells, false); // warm the JIT and the pages
  run(cells, true);
  const cellMajor = run(cells, false);
  const stepMajor = run(cells, true);
  if (base === 0) base = cellMajor;
  const mb = (cells * (ARRAYS * PORTS + FLOWS * STRIDE) * 8) / 1e6;
  rows.push([String(cells), mb.toFixed(1), cellMajor.toFixed(1), (cellMajor / base).toFixed(2), stepMajor.toFixed(1), (stepMajor / base).toFixed(2)]);
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const r of rows) console.log(r.map((cell, c) => cell.padStart(widths[c])).join('  '));
