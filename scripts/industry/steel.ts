import { cyclicControl, historian, hmi, llmAgent, PlantBuilder, predictiveMaintenance, telemetry, visionInspection } from '../../sim/workloads/index.ts';

/**
 * Hot rolling mill, finishing stands F1–F7. As-is: one unmanaged 100 Mb/s switch per three
 * stands, a 100 Mb/s backbone, the level-2 historian on the same network. Wanted: surface
 * inspection (4 cameras) with inference in the cloud, roll-bearing predictive maintenance,
 * an LLM assistant for the pulpit.
 */
export function steel() {
  const b = new PlantBuilder({
    name: 'Steel: hot rolling mill, finishing train',
    description:
      'Seven finishing stands (F1–F7), each with a main drive and remote I/O on PROFINET-like ' +
      '2 ms cycles to the stand PLC, over unmanaged 100 Mb/s switches. The plant wants ' +
      'surface inspection (4 cameras at 30 fps, inference in the cloud), predictive ' +
      'maintenance of roll bearings, and an LLM assistant in the pulpit. As-is, images and ' +
      'historian traffic share the 100 Mb/s backbone with control, and the cloud is 15 ms away.',
    industry: 'steel',
    duration: '6 s',
    seed: 11,
  });
  b.switch('CORE', [0, 0], 'unmanaged', 'mill backbone switch');
  b.node('PLC', 'plc', [-8, 4]).link('PLC', 'CORE', '100 Mb/s', { length: '20 m' });
  b.node('L2', 'host', [-8, -6], { label: 'level-2 historian' }).link('L2', 'CORE', '100 Mb/s', { length: '30 m' });
  const devices: string[] = [];
  for (let g = 0; g < 3; g++) {
    const sw = `SW-F${g * 3 + 1}`;
    b.switch(sw, [20 + 30 * g, 0]);
    b.link(sw, 'CORE', '100 Mb/s', { length: `${60 + 30 * g} m` });
    for (let k = g * 3 + 1; k <= Math.min(7, g * 3 + 3); k++) {
      b.device(`DRV-F${k}`, 'drive', [10 + 10 * k, 6], sw);
      b.device(`IO-F${k}`, 'io', [10 + 10 * k, 10], sw);
      b.device(`VIB-F${k}`, 'sensor', [10 + 10 * k, 14], sw, '100 Mb/s', { extra: { label: 'bearing vibration' } });
      devices.push(`DRV-F${k}`, `IO-F${k}`);
    }
  }
  for (let c = 1; c <= 4; c++) b.device(`CAM${c}`, 'camera', [20 + 15 * c, -8], `SW-F${[1, 1, 4, 7][c - 1]}`, '1 Gb/s');
  b.device('HMI', 'hmi', [-12, 8], 'CORE');
  b.cloud('CLOUD', 'CORE', { wanRate: '100 Mb/s', wanDelay: '15 ms', at: [-20, -12] });
  const d = b.doc;
  cyclicControl(d, { id: 'ctrl', plc: 'PLC', devices, cycle: '2 ms' });
  visionInspection(d, {
    id: 'surface',
    cameras: ['CAM1', 'CAM2', 'CAM3', 'CAM4'],
    inference: 'CLOUD',
    plc: 'PLC',
    fps: 30,
    compression: 10,
    model: 'yolo11m-int8-orin-nano',
  });
  predictiveMaintenance(d, { id: 'bearings', sensors: [1, 2, 3, 4, 5, 6, 7].map((k) => `VIB-F${k}`), inference: 'CLOUD' });
  llmAgent(d, { id: 'assistant', clients: ['HMI', 'L2'], inference: 'CLOUD', perMinute: 30 });
  telemetry(d, { id: 'tele', devices: ['DRV-F1', 'DRV-F4', 'DRV-F7'], to: 'L2' });
  hmi(d, { id: 'hmi', panel: 'HMI', controller: 'PLC' });
  historian(d, { id: 'historian', from: 'PLC', to: 'L2', rate: '20 Mb/s' });
  return d;
}
