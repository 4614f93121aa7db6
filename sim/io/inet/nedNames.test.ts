import { describe, expect, it } from 'vitest';
import { nedNames, networkName } from './nedNames.ts';
import { nedRate, nedTime } from './nedUnits.ts';

describe('NED names', () => {
  it('makes each id a distinct NED identifier, none a keyword or a submodule of the network base', () => {
    expect(nedNames(['PLC-1', 'PLC_1', '3cam', 'network', 'configurator', 'a.b/c'])).toEqual([
      'PLC_1',
      'PLC_1_2',
      'n_3cam',
      'network_',
      'configurator_',
      'a_b_c',
    ]);
  });

  it("names the network after the scenario, in a NED type's case", () => {
    expect(networkName('R1 line cell (ns-3 reference)')).toBe('R1LineCellNs3Reference');
    expect(networkName('2nd plant')).toBe('Plant2ndPlant');
    expect(networkName('—')).toBe('NetLoomPlant');
  });
});

describe('NED units', () => {
  it('writes a time in the largest unit that keeps it exact', () => {
    expect([0, 500_000, 1e12, 40_432, 2.5e9, 933_333_333.33].map(nedTime)).toEqual(['0s', '500ns', '1s', '40432ps', '2500us', '933333333ps']);
  });

  it('writes a rate in the largest unit that keeps it exact', () => {
    expect([1e8, 1e9, 2.5e9, 54_000, 1500].map(nedRate)).toEqual(['100Mbps', '1Gbps', '2500Mbps', '54kbps', '1500bps']);
  });
});
