import { describe, expect, it } from 'vitest';
import { mapRole } from './mapRole.ts';

describe('mapRole', () => {
  it.each([
    ['PLC', 'plc'],
    ['Access Switch', 'switch'],
    ['core-switch', 'switch'],
    ['access_switch', 'switch'],
    ['IP Camera', 'camera'],
    ['VFD', 'drive'],
    ['Edge Server', 'compute'],
    ['Access Point', 'wifi-ap'],
    ['Remote IO', 'io'],
    ['5g-cell', '5g-cell'],
    ['AMR', 'agv'],
    ['firewall', 'firewall'],
  ])('maps "%s" to %s', (role, type) => {
    expect(mapRole(role)).toBe(type);
  });

  it('knows nothing of a role no word of which it knows', () => {
    expect(mapRole('Operator Terminal')).toBeUndefined();
    expect(mapRole('')).toBeUndefined();
  });
});
