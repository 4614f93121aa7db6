import { cyclicControl, PlantBuilder, predictiveMaintenance, visionInspection } from '../../sim/workloads/index.ts';

/**
 * A refinery process unit. As-is: field instruments behind 10 Mb/s gateways, a single edge
 * GPU shared by everything. Wanted: predictive maintenance of 24 pumps and compressors, and
 * thermal-camera leak detection.
 */
export function petrochem() {
  const b = new PlantBuilder({
    name: 'Petrochemicals: refinery process unit',
    description:
      'Four field gateways (10 Mb/s uplinks) connect 24 rotating machines with vibration ' +
      'sensors and their I/O to the unit switch; the DCS runs 10 ms control cycles ' +
      'to the gateways. The operator wants predictive maintenance (all 24 machines, 8 kB ' +
      'spectra every 100 ms) and thermal-camera leak detection on one edge GPU server.',
    industry: 'petrochemicals',
    duration: '3 s',
    seed: 41,
  });
  b.switch('UNIT', [0, 0], 'managed', 'process-unit switch');
  b.device('DCS', 'plc', [-10, 8], 'UNIT', '1 Gb/s', { extra: { label: 'DCS controller' } });
  b.node('EDGE', 'compute', [-12, -8], { label: 'edge GPU server', compute: { servers: 1 } }).link('EDGE', 'UNIT', '1 Gb/s', { length: '10 m' });
  const sensors: string[] = [];
  for (let g = 1; g <= 4; g++) {
    b.node(`GW${g}`, 'gateway', [20 * g, 10], { switch: { latency: '50 us', queueLimit: 200, scheduler: 'fifo' }, label: 'fieldbus gateway' }).link(
      `GW${g}`,
      'UNIT',
      '10 Mb/s',
      { length: `${120 + 40 * g} m`, medium: 'fiber' },
    );
    for (let k = 1; k <= 6; k++) {
      const id = `VIB${g}-${k}`;
      b.device(id, 'sensor', [20 * g + 3 * k - 9, 18], `GW${g}`, '10 Mb/s', { length: '30 m' });
      sensors.push(id);
    }
  }
  for (let c = 1; c <= 3; c++) b.device(`IR${c}`, 'camera', [10 + 15 * c, -12], 'UNIT', '1 Gb/s', { length: '90 m', extra: { label: 'thermal camera' } });
  const d = b.doc;
  cyclicControl(d, { id: 'loop', plc: 'DCS', devices: ['GW1', 'GW2', 'GW3', 'GW4'].map((g) => g), cycle: '10 ms', both: false });
  predictiveMaintenance(d, { id: 'pdm', sensors, inference: 'EDGE', size: '8 kB' });
  visionInspection(d, {
    id: 'leak',
    cameras: ['IR1', 'IR2', 'IR3'],
    inference: 'EDGE',
    plc: 'DCS',
    fps: 30,
    compression: 8,
    model: 'yolo11x-int8-orin-nano',
    deadline: '200 ms',
  });
  return d;
}
