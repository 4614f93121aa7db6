import { describe, expect, it } from 'vitest';
import { TopologyBuilder } from './TopologyBuilder.ts';

describe('TopologyBuilder', () => {
  it('keeps one link for a pair seen from both ends, at the slower rate, and says so', () => {
    const b = new TopologyBuilder();
    b.link({ from: 'S1', to: 'S2', rate: 1e10 }, 'a:1');
    b.link({ from: 'S2', to: 'S1', rate: 1e9 }, 'b:7');
    const r = b.finish('t');
    expect(r.scenario.links).toEqual([{ from: 'S1', to: 'S2', rate: '1 Gb/s' }]);
    expect(r.mapped).toEqual([{ source: 'b:7', what: 'S2–S1 seen again (first at a:1): one link' }]);
    expect(r.assumed.map((n) => n.what)).toContain('S2–S1 is also at a:1 with 10 Gb/s; 1 Gb/s kept (the slower end sets the rate)');
  });

  it('assumes a device of unknown type from its links: two or more forward (switch), one is an end point (host)', () => {
    const b = new TopologyBuilder();
    b.link({ from: 'A', to: 'X' }, 'f:1');
    b.link({ from: 'B', to: 'X' }, 'f:2');
    const r = b.finish('t');
    expect(r.scenario.nodes).toEqual([
      { id: 'A', type: 'host' },
      { id: 'X', type: 'switch' },
      { id: 'B', type: 'host' },
    ]);
    expect(r.assumed.map((n) => n.what)).toEqual([
      'A: type unknown; 1 link → host',
      'X: type unknown; 2 links → switch',
      'B: type unknown; 1 link → host',
      'A–X: speed not given → 1 Gb/s',
      'B–X: speed not given → 1 Gb/s',
    ]);
  });

  it('makes ids without spaces and unique, keeping the name as the label', () => {
    const b = new TopologyBuilder();
    b.device('Drive 1', { type: 'drive' }, 'f:2');
    b.device('Drive_1', { type: 'drive' }, 'f:3');
    b.link({ from: 'Drive 1', to: 'Drive_1', rate: 1e8 }, 'f:4');
    const r = b.finish('t');
    expect(r.scenario.nodes.map((n) => [n.id, n.label])).toEqual([
      ['Drive_1', 'Drive 1'],
      ['Drive_1~2', 'Drive_1'],
    ]);
    expect(r.scenario.links[0]).toMatchObject({ from: 'Drive_1', to: 'Drive_1~2' });
  });

  it('leaves out a link from a device to itself, and writes a medium only with a length', () => {
    const b = new TopologyBuilder();
    b.link({ from: 'A', to: 'A' }, 'f:1');
    b.link({ from: 'A', to: 'B', rate: 1e9, medium: 'fiber' }, 'f:2');
    const r = b.finish('t');
    expect(r.scenario.links).toEqual([{ from: 'A', to: 'B', rate: '1 Gb/s' }]);
    expect(r.assumed[0]).toEqual({ source: 'f:1', what: 'A linked to itself: left out' });
  });

  it('leaves a rate no link can have (0, below 1 b/s, infinite) to the default, and says so', () => {
    const b = new TopologyBuilder();
    b.link({ from: 'A', to: 'B', rate: 0 }, 'f:1');
    b.link({ from: 'A', to: 'C', rate: Number.POSITIVE_INFINITY }, 'f:2');
    const r = b.finish('t');
    expect(r.scenario.links.map((l) => l.rate)).toEqual(['1 Gb/s', '1 Gb/s']);
    expect(r.assumed.map((n) => n.what)).toContain('A–B: rate 0 b/s is no line rate → left to the default');
  });
});
