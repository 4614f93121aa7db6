import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { normalizeAddress, readAddresses } from './address.ts';

describe('normalizeAddress', () => {
  it.each([
    ['00-1B-1B-AA-BB-CC', '00:1b:1b:aa:bb:cc'],
    ['00:1b:1b:aa:bb:cc', '00:1b:1b:aa:bb:cc'],
    ['001b.1baa.bbcc', '00:1b:1b:aa:bb:cc'],
    ['001B1BAABBCC', '00:1b:1b:aa:bb:cc'],
    ['10.0.0.5/24', '10.0.0.5'],
    [' 192.168.1.1 ', '192.168.1.1'],
    ['2001:DB8::1/64', '2001:db8::1'],
    ['::ffff:10.0.0.1', '::ffff:10.0.0.1'],
  ])('%s → %s', (text, want) => {
    expect(normalizeAddress(text)).toBe(want);
  });

  it.each(['', 'PLC1', '10.0.0.256', '10.0.0', '00:1b:1b:aa:bb', '1::2::3', 'gi0/1', '1:2:3:4:5:6:7:8:9', 'fe80::g'])('%j is no address', (text) => {
    expect(normalizeAddress(text)).toBeUndefined();
  });

  // the scenario's schema checks addresses with zod's own MAC and IP checks: whatever is kept must pass them
  it('keeps only what the schema accepts', () => {
    const schema = z.union([z.mac(), z.ipv4(), z.ipv6()]);
    for (const t of ['00-1B-1B-AA-BB-CC', '001b.1baa.bbcc', '10.0.0.5/24', '2001:DB8::1/64', 'fe80::1', '::ffff:10.0.0.1'])
      expect(schema.safeParse(normalizeAddress(t)).success, t).toBe(true);
  });
});

describe('readAddresses', () => {
  it('reads several, keeps each once, and returns what is none', () => {
    expect(readAddresses('10.0.0.5, 00-1b-1b-aa-bb-cc; 10.0.0.5 | port3')).toEqual({ addresses: ['10.0.0.5', '00:1b:1b:aa:bb:cc'], rejected: ['port3'] });
  });
});
