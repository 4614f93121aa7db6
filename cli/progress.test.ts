import { describe, expect, it } from 'vitest';
import { duration, ProgressBar } from './progress.ts';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns: 80, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream };
}

describe('ProgressBar', () => {
  it('draws a bar with the percentage and the time left, once per percent, and clears it at the end', () => {
    const ci = process.env.CI;
    delete process.env.CI;
    try {
      const { writes, stream } = fakeStream(true);
      let clock = 0;
      const bar = new ProgressBar('running r1', stream, () => clock);
      bar.update(0.5, 2, '1.2 M events');
      bar.update(0.5, 2);
      clock = 10_000; // half done after 10 s: 10 s left
      bar.update(1, 2);
      bar.done();
      expect(writes).toHaveLength(3);
      expect(writes[0]).toMatch(/^\rrunning r1 \[█+░+\]  25 %  ETA …  1\.2 M events/);
      expect(writes[1]).toMatch(/ 50 %  ETA 10 s/);
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

  it('writes durations the way people say them', () => {
    expect([duration(4.2), duration(200), duration(7500), duration(3 * 86400 + 4 * 3600)]).toEqual(['5 s', '3 min 20 s', '2 h 5 min', '3 d 4 h']);
  });
});
