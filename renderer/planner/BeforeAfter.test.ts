import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import type { FlowVerdict, Plan } from '../../sim/api/index.ts';
import { BeforeAfter } from './BeforeAfter.tsx';

/** a plan's verdicts for `n` flows, every 90th failing as-is and fixed by the plan */
function planOf(n: number): Plan {
  const ids = Array.from({ length: n }, (_, i) => `area${i % 7}/cell${i % 40}/f${i}`);
  const asIs: FlowVerdict[] = ids.map((id, i) => ({ id, verdict: i % 90 === 0 ? 'fail' : 'pass', margin: i % 90 === 0 ? -1 + i / n : 0.5 }));
  const planned: FlowVerdict[] = ids.map((id) => ({ id, verdict: 'pass', margin: 0.6 }));
  return { asIs: { verdicts: asIs, failed: [] }, verification: { flows: planned, replications: 3, durationS: 1 } } as unknown as Plan;
}

const rows = (html: string) => html.match(/<tr[^>]* data-flow=/g)?.length ?? 0;

describe('BeforeAfter: a large plan’s requirements as-is and planned', () => {
  test('the steel works’ 14,600 flows: only the rows in view are drawn, the fixed flows first, the worst as-is at the top', () => {
    const html = renderToStaticMarkup(createElement(BeforeAfter, { plan: planOf(14_600), changedFlows: new Map() }));
    expect(rows(html)).toBeGreaterThan(5);
    expect(rows(html)).toBeLessThanOrEqual(30);
    expect(html.indexOf('data-flow="area0/cell0/f0"')).toBeGreaterThan(0); // the worst margin as-is (-1), fixed
    expect(html).toMatch(/<tr[^>]* data-flow="area0\/cell0\/f0"[^>]* class="fixed/);
  });

  test('a small plan is drawn whole', () => {
    expect(rows(renderToStaticMarkup(createElement(BeforeAfter, { plan: planOf(12), changedFlows: new Map() })))).toBe(12);
  });
});
