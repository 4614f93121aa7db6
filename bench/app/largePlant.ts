/**
 * A 2,000-device plant for the app benchmark: a core switch, 40 line switches with 49
 * devices each (a PLC, drives, I/O, sensors, cameras), two edge servers; cyclic control per
 * line and camera streams to the edge. No positions: the app lays it out itself.
 */
export function largePlant(lines = 40, perLine = 49): Record<string, unknown> {
  const nodes: Record<string, unknown>[] = [{ id: 'CORE', type: 'switch', switch: { latency: '2 us' } }];
  const links: Record<string, unknown>[] = [];
  const flows: Record<string, unknown>[] = [];
  for (const e of ['EDGE1', 'EDGE2']) {
    nodes.push({ id: e, type: 'compute', compute: { servers: 4, service: '4 ms' } });
    links.push({ from: e, to: 'CORE', rate: '10 Gb/s' });
  }
  const kinds = ['drive', 'io', 'sensor', 'io', 'drive', 'camera', 'sensor'];
  for (let l = 0; l < lines; l++) {
    const sw = `L${l}`;
    nodes.push({ id: sw, type: 'switch', switch: { latency: '2 us' } });
    links.push({ from: sw, to: 'CORE', rate: '1 Gb/s' });
    const plc = `PLC${l}`;
    nodes.push({ id: plc, type: 'plc' });
    links.push({ from: plc, to: sw, rate: '100 Mb/s' });
    for (let d = 1; d < perLine; d++) {
      const type = kinds[d % kinds.length];
      const id = `${type.toUpperCase().slice(0, 3)}${l}_${d}`;
      nodes.push({ id, type });
      links.push({ from: id, to: sw, rate: type === 'camera' ? '1 Gb/s' : '100 Mb/s' });
      if (d <= 6)
        flows.push({
          id: `cyc-${id}`,
          from: plc,
          to: id,
          size: '64 B',
          priority: 6,
          pattern: { type: 'periodic', period: '2 ms' },
          requirement: { latency: '1 ms' },
        });
      if (type === 'camera' && d < 14)
        flows.push({
          id: `cam-${id}`,
          from: id,
          to: l % 2 ? 'EDGE1' : 'EDGE2',
          size: '1400 B',
          priority: 4,
          pattern: { type: 'cbr', rate: '20 Mb/s' },
          requirement: { latency: '20 ms' },
        });
    }
  }
  return {
    format: 'netloom.scenario/v1',
    name: `Large plant (${nodes.length} devices)`,
    description: 'Benchmark plant',
    nodes,
    links,
    flows,
    simulation: { duration: '100 ms', seed: 1 },
  };
}
