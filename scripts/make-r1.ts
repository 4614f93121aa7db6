/**
 * Writes the ns-3 reference scenarios R1 and R1-down (../shared/anchors/ns3/README.md) in
 * NetLoom's format: ppp framing, 500 ns links, 1000-packet FIFOs at every port, the control
 * offsets floor(j · 1 ms / 24), video every 56 us, background Poisson from mulberry32(1).
 *   npx tsx scripts/make-r1.ts
 */
import { writeFileSync } from 'node:fs';

function r1(down: boolean, prio = false) {
  const nodes: object[] = [];
  const links: object[] = [];
  const fifo = prio ? { queueLimit: 1000, scheduler: 'strict', txBuffer: 1 } : { queueLimit: 1000, scheduler: 'fifo' };
  for (let k = 1; k <= 4; k++) nodes.push({ id: `S${k}`, type: 'switch', position: [10 * k, 0, 0], switch: fifo });
  for (let k = 1; k <= 4; k++)
    for (let i = 1; i <= 8; i++) {
      const type = k === 1 && i === 1 ? 'camera' : k === 1 && i === 2 ? 'host' : 'io';
      nodes.push({ id: `D${k}_${i}`, type, position: [10 * k + i - 4.5, 5, 0], nic: fifo });
    }
  nodes.push({ id: 'PLC', type: 'plc', position: [10, -6, 0], nic: fifo });
  nodes.push({ id: 'EDGE', type: 'compute', position: [40, -6, 0], nic: fifo });
  const link = (from: string, to: string, rate: string) => links.push({ from, to, rate, delay: '500 ns', framing: 'ppp' });
  for (let k = 1; k < 4; k++) link(`S${k}`, `S${k + 1}`, '1 Gb/s');
  for (let k = 1; k <= 4; k++) for (let i = 1; i <= 8; i++) link(`D${k}_${i}`, `S${k}`, k === 1 && i <= 2 ? '1 Gb/s' : '100 Mb/s');
  link('PLC', 'S1', '100 Mb/s');
  link('EDGE', 'S4', '1 Gb/s');
  const flows: object[] = [
    { id: 'video', from: 'D1_1', to: 'EDGE', size: '1400 B', pattern: { type: 'cbr', rate: '200 Mb/s' }, application: 'machine-vision stream' },
    {
      id: 'background',
      from: 'D1_2',
      to: 'EDGE',
      size: '1400 B',
      pattern: { type: 'poisson', rate: '300 Mb/s', reproduce: { generator: 'mulberry32', seed: 1, resolution: '1 ns' } },
      application: 'bulk transfer',
    },
  ];
  for (let j = 0; j < 24; j++) {
    const k = 2 + Math.floor(j / 8);
    const dev = `D${k}_${(j % 8) + 1}`;
    const offsetNs = Math.floor((j * 1_000_000) / 24);
    flows.push({
      id: `ctrl-${dev}`,
      from: down ? 'PLC' : dev,
      to: down ? dev : 'PLC',
      size: '100 B',
      ...(prio ? { priority: 7 } : {}),
      pattern: { type: 'periodic', period: '1 ms', offset: `${offsetNs} ns` },
      requirement: { latency: '1 ms' },
      application: 'cyclic control',
    });
  }
  const name = `R1 line cell${down ? ', control downstream' : ''}${prio ? ', strict priority' : ''} (ns-3 reference)`;
  return {
    $schema: '../../schema/netloom.scenario.v1.schema.json',
    format: 'netloom.scenario/v1',
    name,
    description:
      'The ns-3 3.37 reference scenario of ../shared/anchors/ns3 (README): four 1 ' +
      'Gb/s switches in a line, 8 devices each, a PLC on S1, an edge server on S4; ' +
      (down ? 'the PLC sends 24 cyclic control flows to the devices' : '24 devices on S2..S4 send cyclic control to the PLC') +
      '; a 200 Mb/s camera and a 300 Mb/s Poisson background on S1 stream to the edge server. Point-to-point framing (2 B), 1000-packet queues' +
      (prio ? ', strict priority for control with a 1-frame transmit buffer as in ns-3.' : ', FIFO.'),
    industry: 'reference',
    nodes,
    links,
    flows,
    simulation: { duration: '10 s', drain: '100 ms', seed: 1 },
  };
}

const out = (name: string, s: object) => writeFileSync(new URL(`../scenarios/reference/${name}`, import.meta.url), JSON.stringify(s, null, 2) + '\n');
out('r1-line-cell.json', r1(false));
out('r1-down.json', r1(true));
out('r1-down-prio.json', r1(true, true));
