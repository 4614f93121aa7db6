import { describe, expect, it } from 'vitest';
import { computeNodeBound, multiQueueBound } from './computeNodeBound.ts';

const S = 1e-3;

describe('compute node bound', () => {
  it('one server, no batching: a lone request waits for the one in service, then its own: 2 S', () => {
    expect(computeNodeBound({ servers: 1, batchMax: 1, timeout: 0, batchService: S }, 1, 100)).toBeCloseTo(2 * S, 15);
  });

  it('a burst of 3 requests on one server: the last waits for the one in service and two ahead: 4 S', () => {
    expect(computeNodeBound({ servers: 1, batchMax: 1, timeout: 0, batchService: S }, 3, 100)).toBeCloseTo(4 * S, 15);
  });

  it('two servers halve the rounds: a burst of 4 takes ⌈4/2⌉ S + S', () => {
    expect(computeNodeBound({ servers: 2, batchMax: 1, timeout: 0, batchService: S }, 4, 100)).toBeCloseTo(3 * S, 15);
  });

  it('batching: a lone request may wait the whole timeout for its batch to fill, then a full batch', () => {
    expect(computeNodeBound({ servers: 1, batchMax: 4, timeout: 2e-3, batchService: S }, 1, 100)).toBeCloseTo(2e-3 + 2 * S, 15);
    // 8 requests at once fill two batches: the last is in the second
    expect(computeNodeBound({ servers: 1, batchMax: 4, timeout: 2e-3, batchService: S }, 8, 100)).toBeCloseTo(2e-3 + 3 * S, 15);
  });

  it('the bound follows the arrival rate: later requests of a long busy period are no worse', () => {
    // 2 at once, then 900/s: the busy period drains (900·S < 1)
    const d = computeNodeBound({ servers: 1, batchMax: 1, timeout: 0, batchService: S }, 2, 900);
    expect(d).toBeCloseTo(3 * S, 15);
  });

  it('is infinite when requests come faster than the servers can take them', () => {
    expect(computeNodeBound({ servers: 1, batchMax: 1, timeout: 0, batchService: S }, 1, 1000)).toBe(Infinity);
    expect(computeNodeBound({ servers: 2, batchMax: 4, timeout: 0, batchService: S }, 1, 7999)).toBeLessThan(Infinity);
  });
});

describe('compute node bound, several model queues', () => {
  const q = (batchMax: number, timeout: number, batchService: number) => ({ batchMax, timeout, batchService });

  it('is the one-queue bound without batching when every queue takes one request at a time', () => {
    const queues = [q(1, 0, S), q(1, 0, S)];
    expect(multiQueueBound(1, queues, 0, 3, 100)).toBeCloseTo(computeNodeBound({ servers: 1, ...queues[0] }, 3, 100), 15);
  });

  it('counts every request that may head a batch before x: the burst, and what arrives during the longest timeout', () => {
    // 2 requests at once, 100/s, a 5 ms timeout on the other queue: up to 2 + 0.5 heads ahead
    expect(multiQueueBound(1, [q(1, 0, S), q(4, 5e-3, 2 * S)], 0, 2, 100)).toBeCloseTo(2 * S + 2 * 2 * S, 15);
  });

  it('is infinite when requests could each take a batch and outrun the servers', () => {
    expect(multiQueueBound(2, [q(4, 0, S), q(4, 0, S)], 0, 1, 2000)).toBe(Infinity);
  });
});
