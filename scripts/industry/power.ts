import { PlantBuilder, predictiveMaintenance, telemetry } from '../../sim/workloads/index.ts';

/**
 * A 110 kV substation. As-is: protection relays (IEDs) exchange trip/interlock messages over an
 * unmanaged 100 Mb/s station bus that also carries merging-unit sampled values and the
 * substation's video surveillance. Wanted: transformer predictive maintenance at the edge.
 */
export function power() {
  const b = new PlantBuilder({
    name: 'Power: 110 kV substation automation',
    description:
      'Six bay protection relays (IEDs) exchange event messages with each other and the bay ' +
      'controller within 5 ms (3GPP 5QI 85, electricity distribution: 5 ms packet delay budget), ' +
      'while four merging units stream sampled values and four cameras stream video over an ' +
      'unmanaged 100 Mb/s station bus. The utility wants transformer predictive maintenance ' +
      '(dissolved-gas and vibration sensors) analysed on an edge server in the control building.',
    industry: 'power',
    duration: '3 s',
    seed: 31,
  });
  b.switch('BUS1', [0, 0], 'unmanaged', 'station bus A')
    .switch('BUS2', [30, 0], 'unmanaged', 'station bus B')
    .link('BUS1', 'BUS2', '100 Mb/s', { length: '80 m' });
  b.device('BAY-CTL', 'plc', [15, 10], 'BUS1', '100 Mb/s', { extra: { label: 'bay controller' } });
  b.device('SCADA', 'host', [-10, -8], 'BUS1', '100 Mb/s', { extra: { label: 'SCADA / HMI' } });
  b.device('NVR', 'host', [-10, -14], 'BUS1', '100 Mb/s', { extra: { label: 'video recorder' } });
  b.node('EDGE', 'compute', [-15, 0], { label: 'substation edge server', compute: { servers: 1 } }).link('EDGE', 'BUS1', '1 Gb/s', { length: '5 m' });
  const ieds = [1, 2, 3, 4, 5, 6].map((i) => `IED${i}`);
  ieds.forEach((id, i) =>
    b.device(id, 'io', [i < 3 ? 5 + 8 * i : 20 + 8 * (i - 3), 12], i < 3 ? 'BUS1' : 'BUS2', '100 Mb/s', { extra: { label: 'protection relay' } }),
  );
  for (let m = 1; m <= 4; m++) b.device(`MU${m}`, 'sensor', [25 + 5 * m, -8], 'BUS2', '100 Mb/s', { extra: { label: 'merging unit' } });
  for (let c = 1; c <= 4; c++) b.device(`CCTV${c}`, 'camera', [30 + 5 * c, 18], 'BUS2');
  for (let t = 1; t <= 6; t++) b.device(`TX-S${t}`, 'sensor', [40 + 3 * t, -16], 'BUS2', '100 Mb/s', { extra: { label: 'transformer sensor' } });
  const d = b.doc;
  // protection events: every relay reports to the bay controller and to a peer in the other bus section
  ieds.forEach((id, i) => {
    const peer = ieds[(i + 3) % 6];
    for (const to of ['BAY-CTL', peer])
      d.flows.push({
        id: `goose-${id}-${to}`,
        from: id,
        to,
        size: '255 B',
        priority: 4,
        pattern: { type: 'periodic', period: '4 ms', offset: `${i * 0.5} ms` },
        requirement: { latency: '5 ms', loss: 0 },
        application: 'protection events (3GPP 5QI 85: 5 ms, 255 B)',
      });
  });
  // sampled values: 4000 frames/s of ~160 B per merging unit to the bay controller (assumption: IEC 61850-9-2 style stream)
  for (let m = 1; m <= 4; m++)
    d.flows.push({
      id: `sv-MU${m}`,
      from: `MU${m}`,
      to: 'BAY-CTL',
      size: '160 B',
      priority: 4,
      pattern: { type: 'periodic', period: '250 us', offset: `${m * 60} us` },
      requirement: { latency: '3 ms', loss: 0 },
      application: 'sampled values',
    });
  // surveillance video: 25 fps, each frame a burst of packets (assumption: 100 kB frames, 20 Mb/s)
  for (let c = 1; c <= 4; c++)
    d.flows.push({
      id: `cctv-CCTV${c}`,
      from: `CCTV${c}`,
      to: 'NVR',
      size: '1400 B',
      pattern: { type: 'burst', period: '40 ms', frame: '100 kB', offset: `${c * 9} ms` },
      application: 'video surveillance',
    });
  predictiveMaintenance(d, { id: 'transformer', sensors: [1, 2, 3, 4, 5, 6].map((t) => `TX-S${t}`), inference: 'EDGE' });
  telemetry(d, { id: 'scada', devices: ieds, to: 'SCADA' });
  return d;
}
