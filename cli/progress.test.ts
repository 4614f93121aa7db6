import { describe, expect, it } from 'vitest';
import { ProgressBar } from './progress.ts';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns: 80, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream };
}

describe('ProgressBar', () => {
  it('draws a bar with the percentage on a terminal, once per percent, and clears it at the end', () => {
    const ci = process.env.CI;
    delete process.env.CI;
    try {
      const { writes, stream } = fakeStream(true);
      const bar = new ProgressBar('running r1', stream);
      bar.update(0.5, 2);
      bar.update(0.5, 2);
      bar.update(1, 2);
      bar.done();
      expect(writes).toHaveLength(3);
      expect(writes[0]).toMatch(/^\rrunning r1 \[█+░+\]  25 %/);
      expect(writes[1]).toMatch(/ 50 %/);
      expect(writes[2]).toBe('\r\x1b[K');
    } finally {
      if (ci !== undefined) process.env.CI = ci;
    }
  });

  it('stays silent when the output is not a terminal', () => {
    const { writes, stream } = fakeStream(false);
    const bar = new ProgressBar('x', stream);
    bar.update(1, 2);
    bar.done();
    expect(writes).toEqual([]);
  });
});
