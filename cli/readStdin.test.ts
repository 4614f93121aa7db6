import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameOf, readStdin } from './readStdin.ts';

const file = join(mkdtempSync(join(tmpdir(), 'netloom-stdin-')), 'in.json');
writeFileSync(file, 'x'.repeat(3 << 20)); // more than one read's worth
const read = (max: number) => {
  const fd = openSync(file, 'r');
  try {
    return readStdin(max, fd);
  } finally {
    closeSync(fd);
  }
};

describe('readStdin', () => {
  it('reads to the end', () => {
    expect(read(4 << 20).length).toBe(3 << 20);
    expect(read(3 << 20).length).toBe(3 << 20);
  });

  it('refuses, once past the limit, input larger than it, without holding more than the limit', () => {
    expect(() => read((3 << 20) - 1)).toThrow('the scenario on standard input is larger than the 3 MiB limit');
  });

  it('names stdin <stdin> and a file as given', () => {
    expect([nameOf('-'), nameOf('plant.json')]).toEqual(['<stdin>', 'plant.json']);
  });
});
