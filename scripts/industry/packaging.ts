import { cyclicControl, historian, hmi, PlantBuilder, predictiveMaintenance, telemetry, visionInspection } from '../../sim/workloads/index.ts';

/**
 * High-speed packaging line for consumer goods. As-is: one unmanaged switch carries control,
 * the HMI and the nightly-in-the-day backup of the line server. Wanted: label and seal
 * inspection at 2 stations and predictive maintenance of the servo motors.
 */
export function packaging() {
  const b = new PlantBuilder({
    name: 'Consumer goods: high-speed packaging line',
    description:
      'A cartoner and case packer with eight servo drives on 2 ms cycles, an HMI, and ' +
      'the line server whose backups run during production, all through two unmanaged ' +
      'switches joined by a 100 Mb/s link. The plant wants label and seal inspection (2 ' +
      'cameras, 30 fps) on an edge box and predictive maintenance of the eight servo motors.',
    industry: 'consumer goods',
    duration: '3 s',
    seed: 81,
  });
  b.switch('LINE', [0, 0], 'unmanaged', 'machine switch');
  b.switch('CTRL', [-20, 0], 'unmanaged', 'control-cabinet switch').link('LINE', 'CTRL', '100 Mb/s', { length: '40 m' });
  b.device('PLC', 'plc', [-26, 6], 'CTRL');
  b.device('HMI', 'hmi', [-28, 12], 'CTRL');
  b.device('SERVER', 'host', [-30, -6], 'CTRL', '100 Mb/s', { extra: { label: 'line server' } });
  b.device('BACKUP', 'host', [-34, -12], 'CTRL', '100 Mb/s', { extra: { label: 'backup target' } });
  b.node('EDGE', 'compute', [-32, 0], { label: 'edge inference box', compute: { servers: 1 } }).link('EDGE', 'CTRL', '100 Mb/s', { length: '8 m' });
  const servos = [1, 2, 3, 4, 5, 6, 7, 8].map((i) => `SERVO${i}`);
  servos.forEach((id, i) => b.device(id, 'drive', [6 + 4 * i, 10], 'LINE'));
  b.device('CAM-LABEL', 'camera', [20, -8], 'LINE', '1 Gb/s').device('CAM-SEAL', 'camera', [26, -8], 'LINE', '1 Gb/s');
  const d = b.doc;
  cyclicControl(d, { id: 'servo', plc: 'PLC', devices: servos, cycle: '2 ms' });
  visionInspection(d, {
    id: 'label',
    cameras: ['CAM-LABEL', 'CAM-SEAL'],
    inference: 'EDGE',
    plc: 'PLC',
    fps: 30,
    compression: 8,
    model: 'yolo11s-int8-orin-nano',
    deadline: '60 ms',
  });
  predictiveMaintenance(d, { id: 'motors', sensors: servos, inference: 'EDGE', size: '2 kB' });
  hmi(d, { id: 'hmi', panel: 'HMI', controller: 'PLC' });
  telemetry(d, { id: 'tele', devices: servos.slice(0, 4), to: 'SERVER' });
  historian(d, { id: 'backup', from: 'SERVER', to: 'BACKUP', rate: '60 Mb/s' });
  historian(d, { id: 'recipes', from: 'SERVER', to: 'SERVO1', rate: '5 Mb/s' });
  return d;
}
