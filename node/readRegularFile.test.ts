import { describe, expect, it } from 'vitest';
import { readRegularFile } from './readRegularFile.ts';

describe('readRegularFile', () => {
  it.skipIf(process.platform !== 'linux')('reads to the end of a file longer than fstat says, and never past the limit (procfs files report size 0)', () => {
    const status = readRegularFile('/proc/self/status', 1 << 20).toString();
    expect(status).toMatch(/^Name:/);
    expect(status).toMatch(/\nPid:\s+\d+/);
    expect(() => readRegularFile('/proc/self/status', 100)).toThrow('is larger than the 100 B limit');
  });

  it('says a missing file is missing', () => {
    expect(() => readRegularFile('/nonexistent/netloom.json', 100)).toThrow(expect.objectContaining({ missing: true, message: 'cannot be found' }));
  });
});
