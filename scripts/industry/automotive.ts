import { closedLoopAI, cyclicControl, historian, hmi, PlantBuilder, telemetry, visionInspection } from '../../sim/workloads/index.ts';

/**
 * Body-in-white welding shop, four cells of four robots. As-is: unmanaged 100 Mb/s cell
 * switches on 150 m copper runs to the shop switch. Wanted: AI seam tracking on every robot
 * (closed loop, 20 ms), gap-and-flush vision, all inference on a shop edge server.
 */
export function automotive() {
  const b = new PlantBuilder({
    name: 'Automotive: body shop welding line',
    description:
      'Four welding cells, each with four robots and a safety PLC on 2 ms cycles through ' +
      'an unmanaged 100 Mb/s cell switch, linked to the shop switch by 150 m copper ' +
      'runs. The shop wants AI seam tracking on all sixteen robots (camera frame → inference ' +
      '→ correction within a 20 ms cycle, 5 ms jitter), gap-and-flush vision at the ' +
      'end of line, and OEE telemetry, with inference on an edge GPU server in the shop.',
    industry: 'automotive',
    duration: '3 s',
    seed: 71,
  });
  b.switch('SHOP', [0, 0], 'managed', 'shop switch');
  b.node('EDGE', 'compute', [-10, -10], { label: 'shop edge GPU server', compute: { servers: 2 } }).link('EDGE', 'SHOP', '10 Gb/s', { length: '5 m' });
  b.device('MES', 'host', [-12, 6], 'SHOP', '1 Gb/s', { extra: { label: 'MES / OEE' } });
  b.device('HMI', 'hmi', [-6, 10], 'SHOP');
  const robots: string[] = [];
  for (let c = 1; c <= 4; c++) {
    const sw = `CELL${c}`;
    b.switch(sw, [25 * c, 0]).link(sw, 'SHOP', '100 Mb/s', { length: '150 m' });
    b.device(`PLC${c}`, 'plc', [25 * c - 8, 8], sw);
    const cell: string[] = [];
    for (let r = 1; r <= 4; r++) {
      const id = `R${c}${r}`;
      b.device(id, 'robot', [25 * c - 9 + 5 * r, 14], sw);
      b.device(`SEAM${c}${r}`, 'camera', [25 * c - 9 + 5 * r, 20], sw, '100 Mb/s', { extra: { label: 'seam-tracking camera' } });
      cell.push(id);
      robots.push(id);
    }
    cyclicControl(b.doc, { id: `cell${c}`, plc: `PLC${c}`, devices: cell, cycle: '2 ms' });
  }
  b.device('GAP1', 'camera', [120, -10], 'SHOP', '1 Gb/s').device('GAP2', 'camera', [124, -10], 'SHOP', '1 Gb/s');
  const d = b.doc;
  for (const r of robots) closedLoopAI(d, { id: `seam-${r}`, sensor: `SEAM${r.slice(1)}`, inference: 'EDGE', actuator: r });
  visionInspection(d, {
    id: 'gap-flush',
    cameras: ['GAP1', 'GAP2'],
    inference: 'EDGE',
    plc: 'PLC4',
    fps: 15,
    compression: 10,
    model: 'yolo11m-int8-orin-nano',
  });
  telemetry(d, { id: 'oee', devices: robots, to: 'MES' });
  hmi(d, { id: 'hmi', panel: 'HMI', controller: 'PLC1' });
  historian(d, { id: 'weld-data', from: 'PLC2', to: 'MES', rate: '20 Mb/s' });
  return d;
}
