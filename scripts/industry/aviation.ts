import { closedLoopAI, cyclicControl, llmAgent, PlantBuilder, telemetry } from '../../sim/workloads/index.ts';

/**
 * Aircraft wing assembly hall. As-is: drilling robots on a managed cell switch, AGVs and AR
 * headsets on Wi-Fi, every AI service in the cloud. Wanted: AR-guided inspection (headset
 * frames to an image-processing server and back within 10 ms), robot drilling with visual
 * hole alignment, an LLM work-instruction agent.
 */
export function aviation() {
  const b = new PlantBuilder({
    name: 'Aviation: wing assembly hall',
    description:
      'Two drilling robots in a wing jig on 2 ms control cycles, four AGVs and four AR headsets on a ' +
      'Wi-Fi access point, torque-tool telemetry. The hall wants AR-guided inspection (3GPP TS 22.104: ' +
      'AR to an image-processing server < 10 ms), vision-aligned drilling (closed-loop AI, 20 ms cycle) ' +
      'and an LLM work-instruction agent. As-is every AI service runs in a cloud region 12 ms away.',
    industry: 'aviation',
    duration: '4 s',
    seed: 21,
  });
  b.switch('HALL', [0, 0], 'managed', 'hall switch');
  b.switch('JIG', [25, 0], 'managed', 'wing-jig cell switch').link('JIG', 'HALL', '1 Gb/s', { length: '60 m' });
  b.node('AP1', 'wifi-ap', [-15, 10], { switch: { latency: '50 us', queueLimit: 500, scheduler: 'fifo' }, label: 'Wi-Fi 6 access point' }).link(
    'AP1',
    'HALL',
    '1 Gb/s',
    { length: '40 m' },
  );
  b.device('PLC', 'plc', [20, 8], 'JIG');
  b.device('CAM-DRILL', 'camera', [30, 10], 'JIG', '1 Gb/s');
  for (const r of ['ROB1', 'ROB2']) b.device(r, 'robot', [r === 'ROB1' ? 22 : 32, -6], 'JIG');
  for (let i = 1; i <= 4; i++) b.node(`AGV${i}`, 'agv', [-25 + 5 * i, 18]).link(`AGV${i}`, 'AP1', '100 Mb/s', { medium: 'wireless', length: '30 m' });
  for (let i = 1; i <= 4; i++)
    b.node(`AR${i}`, 'hmi', [-25 + 5 * i, 24], { label: 'AR headset' }).link(`AR${i}`, 'AP1', '150 Mb/s', { medium: 'wireless', length: '25 m' });
  b.device('MES', 'host', [-10, -10], 'HALL', '1 Gb/s', { extra: { label: 'MES server' } });
  b.cloud('CLOUD', 'HALL', { wanRate: '1 Gb/s', wanDelay: '12 ms', at: [-25, -15] });
  const d = b.doc;
  cyclicControl(d, { id: 'drill', plc: 'PLC', devices: ['ROB1', 'ROB2'], cycle: '2 ms' });
  closedLoopAI(d, { id: 'hole-align', sensor: 'CAM-DRILL', inference: 'CLOUD', actuator: 'ROB1' });
  for (let i = 1; i <= 4; i++) {
    d.flows.push({
      id: `ar-AR${i}`,
      from: `AR${i}`,
      to: 'CLOUD',
      size: '30 kB',
      pattern: { type: 'periodic', period: '33.3 ms', offset: `${i * 7} ms` },
      response: { size: '8 kB' },
      service: '2 ms',
      model: 'ar-overlay',
      requirement: { latency: '10 ms', percentile: 99 },
      application: 'AR-guided inspection (3GPP TS 22.104: < 10 ms to the image-processing server)',
    });
  }
  llmAgent(d, { id: 'instructions', clients: ['AR1', 'AR2', 'MES'], inference: 'CLOUD', perMinute: 20 });
  telemetry(d, { id: 'agv', devices: ['AGV1', 'AGV2', 'AGV3', 'AGV4'], to: 'MES' });
  return d;
}
