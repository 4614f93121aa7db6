import { describe, expect, it } from 'vitest';
import type { Action } from './actions.ts';
import type { Outcome } from './evaluation.ts';
import { paretoFront, verifiedFront } from './pareto.ts';
import type { Evaluated } from './SearchOptions.ts';

const link: Action = { kind: 'link-rate', link: 'LINE-DC', rate: '2.5 Gb/s', fiber: false };
const gpu: Action = { kind: 'gpu', node: 'LLM', add: 2 };
const prio: Action = { kind: 'priority', flow: 'oee-PRINTER', priority: 7 };
const out = (worstMargin: number, failed: string[]): Outcome => ({ ok: failed.length === 0, failed, worstMargin, score: failed.length, margins: {} });
const at = (plan: Action[], cost: number, o: Outcome, verified = false): Evaluated => ({ plan, cost, outcome: o, verified });
const copilots = ['copilot-ENG1', 'copilot-ENG2', 'copilot-ENG3', 'copilot-ENG4'];

/**
 * The electronics line's search, as `netloom plan` ran it: the as-is and [priority] fail; [LINE-DC at
 * 2.5 Gb/s] ($900) passes its 2 s quick run with a worst margin of +44 % but fails 4 flows in its
 * 8 s one (and in a 3 × 8 s `netloom run`: −342 %); the chosen $30,900 plan is verified at +2.4 %.
 */
const electronics = (): Evaluated[] => [
  at([], 0, out(-994, ['aoi-AOI1', ...copilots]), true),
  at([prio], 0, out(-1, ['aoi-AOI1', ...copilots])),
  at([link], 900, out(0.44, [])), // quick, 2 s
  at([prio, link], 900, out(-3.4, copilots), true),
  at([link], 900, out(-3.4, copilots)), // quick, 8 s: the runs have been lengthened
  at([link, gpu], 30_900, out(0.024, []), true),
];

describe('paretoFront', () => {
  it("takes a plan's last quick run, not its first (the search only lengthens them), and its verification over both", () => {
    const front = paretoFront(electronics());
    expect(front.find((e) => e.cost === 900)).toBeUndefined();
    expect(front.map((e) => [e.cost, e.outcome.failed.length, e.verified])).toEqual([
      [0, 5, false],
      [30_900, 0, true],
    ]);
    // a verification of the same actions in another order wins over a later quick run
    const verifiedFirst = [at([gpu, link], 30_900, out(0.024, []), true), at([link, gpu], 30_900, out(0.5, []))];
    expect(paretoFront(verifiedFirst)).toEqual([verifiedFirst[0]]);
  });

  it('leaves out a plan whose verification could not run, rather than show its quick run', () => {
    const front = paretoFront([at([link], 900, out(0.44, [])), at([link], 900, { ...out(-Infinity, []), ok: false, error: 'the simulation failed' }, true)]);
    expect(front).toEqual([]);
  });
});

describe('verifiedFront', () => {
  it('verifies the points that pass a quick run: one that fails its verification leaves the front, and the plan it hid comes back', async () => {
    const quickOnly = electronics().filter((_, i) => i !== 4); // as if the 8 s quick run of [LINE-DC] had not happened
    expect(paretoFront(quickOnly).map((e) => e.cost)).toEqual([0, 900]); // the unverified +44 % hides the $30,900 plan
    const asked: Action[][][] = [];
    const front = await verifiedFront(quickOnly, async (plans) => {
      asked.push(plans);
      return plans.map(() => out(-3.42, copilots)); // netloom run --replications 3 of [LINE-DC]: the copilots fail by −342 %
    });
    expect(asked).toEqual([[[link]]]);
    expect(front.map((e) => [e.cost, e.outcome.failed.length, e.verified])).toEqual([
      [0, 5, false],
      [30_900, 0, true],
    ]);
    for (const e of front) if (e.outcome.ok) expect(e.verified).toBe(true);
  });

  it('spends at most `most` verifications, and those left unverified say so', async () => {
    const cheap = [1, 2, 3].map((k) => at([{ ...link, rate: `${k} Gb/s` }], 100 * k, out(0.1 * k, [])));
    let ran = 0;
    const front = await verifiedFront(
      cheap,
      async (plans) => {
        ran += plans.length;
        return plans.map(() => out(-1, ['x']));
      },
      2,
    );
    expect(ran).toBe(2);
    expect(front.filter((e) => e.outcome.ok).map((e) => [e.cost, e.verified])).toEqual([[300, false]]);
  });
});
