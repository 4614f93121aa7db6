import { cyclicControl, llmAgent, PlantBuilder, telemetry, visionInspection } from '../../sim/workloads/index.ts';

/**
 * SMT line: printer, SPI, pick-and-place, reflow, AOI. As-is: a 1 Gb/s line uplink to the
 * factory server room. Wanted: AOI images (raw, 2 cameras at 30 fps) inspected on the server
 * room GPU, and an LLM agent for process engineers on an on-prem GPU.
 */
export function electronics() {
  const b = new PlantBuilder({
    name: 'Electronics: SMT assembly line',
    description:
      'An SMT line (printer, SPI, two pick-and-place machines, reflow oven, AOI) on a line ' +
      'switch with a 1 Gb/s uplink to the factory server room, where an inference server ' +
      'and an on-prem LLM server sit. The factory wants AOI with raw images (four 1.2 MP ' +
      'cameras at 30 fps, no compression) and an LLM assistant for four process engineers.',
    industry: 'electronics',
    duration: '8 s',
    seed: 61,
  });
  b.switch('LINE', [0, 0], 'managed', 'SMT line switch');
  b.switch('DC', [-30, 0], 'managed', 'server-room switch').link('LINE', 'DC', '1 Gb/s', { length: '90 m' });
  b.device('PLC', 'plc', [5, 8], 'LINE');
  const machines = ['PRINTER', 'SPI', 'PNP1', 'PNP2', 'REFLOW'];
  machines.forEach((id, i) => b.device(id, id === 'SPI' ? 'camera' : 'robot', [8 + 7 * i, 10], 'LINE'));
  b.device('AOI1', 'camera', [45, -5], 'LINE', '1 Gb/s')
    .device('AOI2', 'camera', [48, -5], 'LINE', '1 Gb/s')
    .device('AOI3', 'camera', [51, -5], 'LINE', '1 Gb/s')
    .device('AOI4', 'camera', [54, -5], 'LINE', '1 Gb/s');
  b.node('INFER', 'compute', [-38, -6], { label: 'inference server', compute: { servers: 1 } }).link('INFER', 'DC', '10 Gb/s', { length: '3 m' });
  b.node('LLM', 'compute', [-38, 6], { label: 'on-prem LLM server', compute: { servers: 2 } }).link('LLM', 'DC', '10 Gb/s', { length: '3 m' });
  b.device('MES', 'host', [-36, 12], 'DC', '1 Gb/s', { extra: { label: 'MES' } });
  for (let e = 1; e <= 4; e++) b.device(`ENG${e}`, 'hmi', [-20 + 4 * e, 14], 'DC', '1 Gb/s', { extra: { label: 'engineer workstation' } });
  const d = b.doc;
  d.simulation = { ...d.simulation, drain: '20 s' }; // LLM answers take seconds: let them finish
  cyclicControl(d, { id: 'cell', plc: 'PLC', devices: machines, cycle: '8 ms', size: '200 B' });
  visionInspection(d, {
    id: 'aoi',
    cameras: ['AOI1', 'AOI2', 'AOI3', 'AOI4'],
    inference: 'INFER',
    plc: 'PLC',
    fps: 30,
    compression: 1,
    model: 'yolo11s-int8-orin-nano',
    deadline: '100 ms',
  });
  llmAgent(d, { id: 'copilot', clients: ['ENG1', 'ENG2', 'ENG3', 'ENG4'], inference: 'LLM', perMinute: 90 });
  const llm = d.nodes.find((n) => n.id === 'LLM')!;
  llm.compute = { ...llm.compute, servers: 1 }; // as-is: one sequence at a time (an older inference stack)
  telemetry(d, { id: 'oee', devices: machines, to: 'MES' });
  return d;
}
