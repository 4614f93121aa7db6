import { describe, expect, it } from 'vitest';
import { netloom } from './netloom.ts';

describe('netloom catalog', () => {
  it('prints the accelerators and models with the fitted serving efficiency', () => {
    const r = netloom('catalog');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^L4\s+24 GB\s+300 GB\/s\s+121\s+–\s+242\.5\s+72 W/m);
    expect(r.stdout).toMatch(/^llama-3\.1-8b\s+8\.03 B\*\s+131 kB/m);
    expect(r.stdout).toContain('74.0 % of the roofline');
  });

  it('--json prints every figure with its row and source', () => {
    const r = netloom('catalog', '--json');
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout);
    const l4 = c.accelerators.find((a: { id: string }) => a.id === 'L4');
    expect(l4.bandwidthBytesPerS).toMatchObject({ value: 300e9, row: { item: 'L4', metric: 'memory bandwidth', value: '300', unit: 'GB/s' } });
    expect(l4.bandwidthBytesPerS.source).toContain('sourcecode.com');
  });

  it('--sources names where each figure comes from; a file or an unknown flag is refused with exit 2', () => {
    expect(netloom('catalog', '--sources').stdout).toMatch(/L40S price: https:\/\/huggingface\.co\/hardware\/l40s/);
    const file = netloom('catalog', 'x.json');
    expect([file.code, file.stderr]).toEqual([2, expect.stringContaining('catalog takes no file')]);
    const flag = netloom('catalog', '--jsn');
    expect([flag.code, flag.stderr]).toEqual([2, expect.stringContaining('--jsn')]);
  });
});
