/**
 * A generated plant of the industry scenarios' shape, at any size, for the scale benchmarks:
 * a core switch with an MES host; areas of up to 10 cells, each area a switch on a 10 Gb/s
 * uplink with its own edge GPU server; cells of `--per-cell` devices on a managed cell switch
 * (1 Gb/s uplink): a PLC with 1 ms cyclic control to its drives and I/O, 30 fps inspection
 * cameras to the area's edge server, vibration sensors reporting to the MES. Every area carries
 * the same load, so the plant's utilization does not grow with its size.
 *   npx tsx scripts/make-plant.ts --devices 5000 [--per-cell 50] [--duration "1 s"] [--starve LINK=RATE …] [--out FILE]
 * Without --out the scenario goes to standard output. `--starve C1-A1="50 Mb/s"` (repeatable) sets
 * one link's rate, for a plant that fails at one starved uplink (the planner's benchmark).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { cyclicControl, isQuantity, linkId, PlantBuilder, type ScenarioJson, telemetry, visionInspection } from '../sim/api/index.ts';

export interface PlantShape {
  devices: number;
  perCell?: number;
  duration?: string;
  /** link id → rate: links set slower than generated (a starved uplink) */
  starve?: Readonly<Record<string, string>>;
}

/** Of each cell's devices after its PLC: 1 in 10 a camera, 2 in 10 sensors, the rest drives and I/O under cyclic control. */
export function makePlant({ devices, perCell = 50, duration = '1 s', starve = {} }: PlantShape): ScenarioJson {
  const cells = Math.max(1, Math.round(devices / perCell));
  const b = new PlantBuilder({
    name: `Generated plant: ${devices.toLocaleString('en-US')} devices in ${cells} cells`,
    description:
      `scripts/make-plant.ts --devices ${devices} --per-cell ${perCell}: cells of a PLC with 1 ms cyclic control, 30 fps cameras ` +
      'and vibration sensors on managed cell switches, in areas with their own edge server, under one core',
    industry: 'generated',
    duration,
    warmup: '0 s',
    seed: 1,
  });
  b.switch('CORE', [0, 0], 'managed', 'core switch');
  b.device('MES', 'host', [-12, 6], 'CORE', '10 Gb/s');
  const side = Math.ceil(Math.sqrt(cells));
  let left = devices;
  for (let c = 0; c < cells && left > 0; c++) {
    const sw = `C${c + 1}`;
    const [x, y] = [(c % side) * 30 + 20, Math.floor(c / side) * 30 + 20];
    const area = `A${Math.floor(c / 10) + 1}`;
    const edge = `${area}-EDGE`;
    if (c % 10 === 0) {
      b.switch(area, [x, y - 10], 'managed', `area switch ${area}`).link(area, 'CORE', '10 Gb/s', { length: '200 m' });
      b.node(edge, 'compute', [x - 6, y - 10], { label: `edge GPU server of ${area}`, compute: { servers: 8 } }).link(edge, area, '10 Gb/s');
    }
    b.switch(sw, [x, y], 'managed').link(sw, area, '1 Gb/s', { length: '100 m' });
    const n = Math.min(perCell, left, c === cells - 1 ? left : perCell);
    left -= n;
    const plc = `${sw}-PLC`;
    b.device(plc, 'plc', [x, y + 4], sw);
    const controlled: string[] = [];
    const cameras: string[] = [];
    const sensors: string[] = [];
    for (let d = 1; d < n; d++) {
      const at: [number, number] = [x - 12 + (d % 10) * 2.5, y + 8 + Math.floor(d / 10) * 2.5];
      if (d % 10 === 0) {
        cameras.push(`${sw}-CAM${d}`);
        b.device(`${sw}-CAM${d}`, 'camera', at, sw, '1 Gb/s');
      } else if (d % 10 === 3 || d % 10 === 7) {
        sensors.push(`${sw}-VIB${d}`);
        b.device(`${sw}-VIB${d}`, 'sensor', at, sw);
      } else {
        controlled.push(`${sw}-DRV${d}`);
        b.device(`${sw}-DRV${d}`, d % 2 === 0 ? 'drive' : 'io', at, sw);
      }
    }
    if (controlled.length > 0) cyclicControl(b.doc, { id: `${sw}-ctrl`, plc, devices: controlled, cycle: '1 ms' });
    if (cameras.length > 0) visionInspection(b.doc, { id: `${sw}-vision`, cameras, inference: edge, plc, fps: 30 });
    if (sensors.length > 0) telemetry(b.doc, { id: `${sw}-vib`, devices: sensors, to: 'MES' });
  }
  for (const [id, rate] of Object.entries(starve)) {
    const link = b.doc.links.find((l) => linkId(l) === id);
    if (!link) throw new Error(`--starve: no link ${id} in the plant (links are named like C1-A1, A1-CORE)`);
    link.rate = rate;
  }
  return b.doc;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      devices: { type: 'string' },
      'per-cell': { type: 'string' },
      duration: { type: 'string' },
      starve: { type: 'string', multiple: true },
      out: { type: 'string' },
    },
  });
  const starve: Record<string, string> = {};
  for (const s of values.starve ?? []) {
    const m = /^([^=]+)=(.+)$/.exec(s);
    if (!m || !isQuantity(m[2], 'rate')) {
      console.error(`--starve: expected LINK=RATE such as C1-A1="50 Mb/s", got ${JSON.stringify(s)}`);
      process.exit(2);
    }
    starve[m[1]] = m[2];
  }
  const devices = Number(values.devices);
  const perCell = values['per-cell'] === undefined ? undefined : Number(values['per-cell']);
  if (!Number.isSafeInteger(devices) || devices < 2 || (perCell !== undefined && !(Number.isSafeInteger(perCell) && perCell >= 2))) {
    console.error('usage: npx tsx scripts/make-plant.ts --devices N (≥ 2) [--per-cell M (≥ 2)] [--duration T] [--starve LINK=RATE …] [--out FILE]');
    process.exit(2);
  }
  let plant: ScenarioJson;
  try {
    plant = makePlant({ devices, perCell, duration: values.duration, starve });
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  const text = `${JSON.stringify(plant)}\n`;
  if (values.out) writeFileSync(values.out, text);
  else process.stdout.write(text);
}
