import { describe, expect, test } from 'vitest';
import type { Report } from '../../sim/api/index.ts';
import { deriveInSlices, flowIdRanks, flowMargins, flowVerdicts, linkUtilization } from './reportDerived.ts';

/** A report whose links and flows count how often they are read, to see what is computed again. */
function report() {
  const reads = { links: 0, flows: 0 };
  const links = [
    { id: 'A-B', utilization: 0.2 },
    { id: 'A-B', utilization: 0.7 }, // the other direction, busier
    { id: 'B-C', utilization: 0.1 },
  ];
  const flows = [
    { id: 'f1', margin: 0.25, verdict: 'pass' },
    { id: 'f2', margin: null, verdict: 'none' },
  ];
  const r = {
    get links() {
      reads.links++;
      return links;
    },
    get flows() {
      reads.flows++;
      return flows;
    },
  } as unknown as Report;
  return { r, reads };
}

describe('tables derived from a report', () => {
  test('a link takes its busier direction; a flow keeps its margin or null (worked by hand)', () => {
    const { r } = report();
    expect([...linkUtilization(r)]).toEqual([
      ['A-B', 0.7],
      ['B-C', 0.1],
    ]);
    expect([...flowMargins(r)]).toEqual([
      ['f1', 0.25],
      ['f2', null],
    ]);
    expect([...flowVerdicts(r)]).toEqual([
      ['f1', 'pass'],
      ['f2', 'none'],
    ]);
  });

  test('each is computed once per report, however many views draw it', () => {
    const { r, reads } = report();
    const u = linkUtilization(r);
    const m = flowMargins(r);
    const v = flowVerdicts(r);
    expect(linkUtilization(r)).toBe(u);
    expect(flowMargins(r)).toBe(m);
    expect(flowVerdicts(r)).toBe(v);
    expect(reads).toEqual({ links: 1, flows: 2 });
    // another report is another table
    const other = report();
    expect(linkUtilization(other.r)).not.toBe(u);
    expect(linkUtilization(other.r)).toEqual(u);
  });

  test('made in slices, the tables are the ones made at once, and the views then find them made', async () => {
    const { r, reads } = report();
    let slices = 0;
    await deriveInSlices(r, { budgetMs: 0, yieldNow: async () => void slices++ }); // a yield first, then one after every 4 items: none more here
    expect(reads).toEqual({ links: 1, flows: 1 });
    const once = report().r;
    expect([...linkUtilization(r)]).toEqual([...linkUtilization(once)]);
    expect([...flowMargins(r)]).toEqual([...flowMargins(once)]);
    expect([...flowVerdicts(r)]).toEqual([...flowVerdicts(once)]);
    expect([...flowIdRanks(r)]).toEqual([...flowIdRanks(once)]);
    expect(reads).toEqual({ links: 1, flows: 1 }); // nothing computed again
    expect(slices).toBe(1);
  });
});
