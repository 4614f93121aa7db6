import { cyclicControl, historian, PlantBuilder, visionInspection } from '../../sim/workloads/index.ts';

/**
 * Aseptic fill-finish line. As-is: one edge GPU for vial inspection. Wanted: inspect every vial
 * at 4 stations (60 fps each) with a larger model, reject within 50 ms.
 */
export function pharma() {
  const b = new PlantBuilder({
    name: 'Pharmaceuticals: aseptic fill-finish line',
    description:
      'A vial filling line: filler, stopper and capper drives on 4 ms cycles, four inspection ' +
      'stations (particle, fill level, stopper, cap) with 60 fps cameras, the batch-record ' +
      'historian. The site wants every vial inspected by a YOLO11l-class model with a reject signal ' +
      'to the line PLC within 50 ms. As-is a single edge GPU server serves all four stations.',
    industry: 'pharmaceuticals',
    duration: '3 s',
    seed: 51,
  });
  b.switch('LINE', [0, 0], 'managed', 'line switch');
  b.device('PLC', 'plc', [-8, 6], 'LINE');
  b.node('EDGE', 'compute', [-10, -8], { label: 'edge GPU server', compute: { servers: 1 } }).link('EDGE', 'LINE', '10 Gb/s', { length: '10 m' });
  b.device('BATCH', 'host', [-14, 0], 'LINE', '1 Gb/s', { extra: { label: 'batch-record historian' } });
  const drives = ['FILLER', 'STOPPER', 'CAPPER'];
  drives.forEach((id, i) => b.device(id, 'drive', [10 + 8 * i, 8], 'LINE'));
  const cams = ['CAM-PART', 'CAM-LEVEL', 'CAM-STOP', 'CAM-CAP'];
  cams.forEach((id, i) => b.device(id, 'camera', [10 + 7 * i, -8], 'LINE', '1 Gb/s'));
  const d = b.doc;
  cyclicControl(d, { id: 'motion', plc: 'PLC', devices: drives, cycle: '4 ms' });
  visionInspection(d, {
    id: 'inspect',
    cameras: cams,
    inference: 'EDGE',
    plc: 'PLC',
    fps: 60,
    compression: 12,
    model: 'yolo11l-int8-orin-nano',
    deadline: '50 ms',
  });
  historian(d, { id: 'batch-record', from: 'PLC', to: 'BATCH', rate: '50 Mb/s' });
  return d;
}
