import { describe, expect, it } from 'vitest';
import { loadScenario } from '../sim/api/index.ts';
import { makePlant } from './make-plant.ts';

const endDevices = (s: ReturnType<typeof makePlant>) => s.nodes.filter((n) => n.type !== 'switch' && n.type !== 'compute' && n.id !== 'MES').length;

describe('makePlant (the scale benchmarks’ plants)', () => {
  it('makes a valid plant with exactly the devices asked for, in cells under areas with their own edge server', () => {
    const s = makePlant({ devices: 230, perCell: 20 });
    expect(endDevices(s)).toBe(230);
    const m = loadScenario(s);
    expect(m.nodes.filter((n) => n.type === 'compute')).toHaveLength(2); // 12 cells: two areas
    expect(s.flows.some((f) => f.id.startsWith('C12-ctrl'))).toBe(true);
  });

  it('keeps the same load per area as it grows: ten times the devices, ten times the flows', () => {
    const small = makePlant({ devices: 1000 });
    const large = makePlant({ devices: 10_000 });
    expect(large.flows.length).toBe(10 * small.flows.length);
    expect(endDevices(large)).toBe(10_000);
  });
});
