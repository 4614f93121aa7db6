import { describe, expect, it } from 'vitest';
import type { GateModel } from '../../scenario/model.ts';
import { type ClassGate, classGate } from './inetGates.ts';

/** Whether class `c` is open at `t` ps (for tests: the same instant read from the scenario's list). */
function openAt(g: GateModel, c: number, t: number): boolean {
  let x = (((t - g.basePs) % g.cyclePs) + g.cyclePs) % g.cyclePs;
  for (const e of g.entries) {
    if (x < e.durationPs) return ((e.mask >> c) & 1) === 1;
    x -= e.durationPs;
  }
  return ((g.entries[g.entries.length - 1].mask >> c) & 1) === 1;
}

/** Whether INET's PeriodicGate with these parameters is open at `t` ps. */
function periodicGateOpenAt(gate: ClassGate, t: number): boolean {
  if (gate.durationsPs.length === 0) return gate.initiallyOpen;
  const cycle = gate.durationsPs.reduce((a, b) => a + b, 0);
  let x = (((t + gate.offsetPs) % cycle) + cycle) % cycle;
  let open = gate.initiallyOpen;
  for (const d of gate.durationsPs) {
    if (x < d) return open;
    x -= d;
    open = !open;
  }
  return open;
}

const us = 1e6;
const lists: [string, GateModel][] = [
  [
    'two entries',
    {
      cyclePs: 1000 * us,
      basePs: 0,
      syncErrorPs: 0,
      entries: [
        { durationPs: 100 * us, mask: 0x80 },
        { durationPs: 900 * us, mask: 0x7f },
      ],
    },
  ],
  [
    'three entries, base time (odd list: the last run joins the first)',
    {
      cyclePs: 500 * us,
      basePs: 130 * us,
      syncErrorPs: 0,
      entries: [
        { durationPs: 20 * us, mask: 0x80 },
        { durationPs: 400 * us, mask: 0x7f },
        { durationPs: 80 * us, mask: 0x80 },
      ],
    },
  ],
  ['all open', { cyclePs: 250 * us, basePs: 0, syncErrorPs: 0, entries: [{ durationPs: 250 * us, mask: 0xff }] }],
];

describe('classGate', () => {
  it.each(lists)("INET's PeriodicGate opens and closes each class when the scenario's gate control list does (%s)", (_, g) => {
    for (let c = 0; c < 8; c++) {
      const gate = classGate(g, c);
      expect(gate.durationsPs.length % 2, 'PeriodicGate wants an even list').toBe(0);
      for (let t = 0; t < 3 * g.cyclePs; t += 5 * us) expect(periodicGateOpenAt(gate, t), `class ${c} at ${t / us} us`).toBe(openAt(g, c, t));
    }
  });
});
