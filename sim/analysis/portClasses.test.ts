import { describe, expect, it } from 'vitest';
import { tokenBucket } from './Curve.ts';
import type { PortEntry } from './analysePort.ts';
import { interferers, portClasses } from './portClasses.ts';

const entry = (label: string, cls: number): PortEntry => ({
  label,
  cls,
  arrival: tokenBucket(800, 1e6),
  frameMax: 800,
  frameMin: 800,
  prev: -1,
  prevRate: 0,
  ratio: 1,
  prevFrameBits: 800,
});

describe('a port by class', () => {
  const es = [entry('bulk', 0), entry('ctrl', 7), entry('video', 4), entry('ctrl2', 7), entry('log', 0)];

  it('names the streams once per class, the highest first, in the order they cross it', () => {
    expect(portClasses(es, false).classes).toEqual([
      { priority: 7, flows: ['ctrl', 'ctrl2'] },
      { priority: 4, flows: ['video'] },
      { priority: 0, flows: ['bulk', 'log'] },
    ]);
  });

  it('counts what one stream competes with: higher classes, the others of its own, lower classes', () => {
    const pc = portClasses(es, false);
    expect(interferers(pc, 7)).toEqual({ higher: 0, same: 1, lower: 3 });
    expect(interferers(pc, 4)).toEqual({ higher: 2, same: 0, lower: 2 });
    expect(interferers(pc, 0)).toEqual({ higher: 3, same: 1, lower: 0 });
  });

  it('a FIFO port: one class, of no priority, every other stream alike', () => {
    const fifo = es.map((e) => ({ ...e, cls: 0 })); // as boundNetwork gives them: class 0 at a FIFO port
    const pc = portClasses(fifo, true);
    expect(pc.classes).toEqual([{ priority: null, flows: ['bulk', 'ctrl', 'video', 'ctrl2', 'log'] }]);
    expect(interferers(pc, 0)).toEqual({ higher: 0, same: 4, lower: 0 });
  });
});
