import { describe, expect, it } from 'vitest';
import { loadScenario } from '../scenario/index.ts';
import { sizeRange, sourceArrival, traceBucket } from './sourceArrival.ts';

function flow(pattern: object, size: unknown = '100 B') {
  const m = loadScenario({
    format: 'netloom.scenario/v1',
    name: 't',
    nodes: [
      { id: 'A', type: 'host' },
      { id: 'B', type: 'host' },
    ],
    links: [{ from: 'A', to: 'B', rate: '1 Gb/s' }],
    flows: [{ id: 'f', from: 'A', to: 'B', size, pattern }],
  });
  return m.flows[0];
}

describe('arrival curves of sources', () => {
  it('periodic: one packet at its largest size per period', () => {
    const r = sourceArrival(flow({ type: 'periodic', period: '1 ms' }, { dist: 'uniform', min: '64 B', max: '200 B' }));
    expect(r.ok && r.arrival).toMatchObject({ burst: 1, rate: 1000, packets: [{ size: 200, count: 1 }], minSize: 64, maxSize: 200 });
  });

  it('burst: the whole burst at once, its last packet the rest of the frame', () => {
    const r = sourceArrival(flow({ type: 'burst', fps: 100, frame: '3500 B' }, '1000 B'));
    expect(r.ok && r.arrival.packets).toEqual([
      { size: 1000, count: 3 },
      { size: 500, count: 1 },
    ]);
    expect(r.ok && r.arrival.rate).toBeCloseTo(100, 9);
  });

  it('cbr: one packet per interval, plus the picosecond rounding of send times', () => {
    const r = sourceArrival(flow({ type: 'cbr', rate: '800 kb/s' }));
    expect(r.ok && r.arrival.rate).toBeCloseTo(1000, 6);
    expect(r.ok && r.arrival.burst).toBeGreaterThan(1);
    expect(r.ok && r.arrival.burst).toBeLessThan(1 + 1e-6);
  });

  it('has no deterministic bound for Poisson arrivals, unbounded sizes or on/off periods', () => {
    expect(sourceArrival(flow({ type: 'poisson', rate: '1 Mb/s' }))).toEqual({ ok: false, reason: 'Poisson arrivals have no deterministic burst bound' });
    expect(sourceArrival(flow({ type: 'periodic', period: '1 ms' }, { dist: 'exponential', mean: '100 B' }))).toEqual({
      ok: false,
      reason: 'the packet size is exponential-distributed, with no largest value',
    });
    const onoff = sourceArrival(flow({ type: 'onoff', rate: '1 Mb/s', on: { dist: 'exponential', mean: '1 ms' }, off: '1 ms' }));
    expect(onoff.ok).toBe(false);
  });

  it('on-off with bounded periods: a bucket of 2 packets at the on rate plus one per cycle', () => {
    const r = sourceArrival(flow({ type: 'onoff', rate: '800 kb/s', on: '2 ms', off: { dist: 'uniform', min: '3 ms', max: '5 ms' } }));
    expect(r.ok && r.arrival.burst).toBeCloseTo(2, 6);
    expect(r.ok && r.arrival.rate).toBeCloseTo(1000 + 1 / 5e-3, 3);
  });

  it('trace: the tightest bucket at the trace’s own rate', () => {
    // four sends at 0, 0, 10, 30 ps: rate 3/30 per ps; the two at 0 plus the one at 10 exceed the line by 2
    const { burst, rate } = traceBucket([0, 0, 10, 30]);
    expect(rate).toBeCloseTo(1e11, 0);
    expect(burst).toBeCloseTo(2, 6);
    expect(traceBucket([])).toEqual({ burst: 0, rate: 0 });
  });

  it('sizes: constant as given (or rounded when asked), drawn ones rounded as the engine draws them, unbounded ones none', () => {
    expect(sizeRange({ dist: 'constant', value: 100.4 })).toEqual({ min: 100.4, max: 100.4 });
    expect(sizeRange({ dist: 'constant', value: 100.4 }, true)).toEqual({ min: 100, max: 100 });
    expect(sizeRange({ dist: 'uniform', min: 40.4, max: 99.6 })).toEqual({ min: 40, max: 100 });
    expect(sizeRange({ dist: 'exponential', mean: 100 })).toBeUndefined();
  });
});
