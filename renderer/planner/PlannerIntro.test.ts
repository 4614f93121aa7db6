import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import type { AppState } from '../state/AppState.ts';
import { appStore } from '../state/appStore.ts';
import { PlannerIntro } from './PlannerIntro.tsx';

/** the last run of a plant of `n` flows, `failing` of them failing, their margins -1 … (worst first by index) */
function lastRun(n: number, failing: number): Partial<AppState> {
  const flows = Array.from({ length: n }, (_, i) => ({
    id: `f${i}`,
    from: 'A',
    to: 'B',
    verdict: i < failing ? 'fail' : 'pass',
    margin: i < failing ? -1 + i / failing : 0.5,
    worst: 'latency',
  }));
  return { doc: { revision: 1 } as AppState['doc'], lastReport: { report: { flows } as never, revision: 1, preview: false } };
}

const rows = (html: string) => [...html.matchAll(/<tr[^>]* data-flow="([^"]+)"/g)].map((m) => m[1]);

describe('PlannerIntro: the flows failing as-is', () => {
  test('the steel works’ 155 failing flows of 14,600: the worst first, only the rows in view drawn, the count said', () => {
    appStore.set(lastRun(14_600, 155));
    const html = renderToStaticMarkup(createElement(PlannerIntro));
    const drawn = rows(html);
    expect(drawn[0]).toBe('f0');
    expect(drawn.length).toBeGreaterThan(5);
    expect(drawn.length).toBeLessThanOrEqual(30);
    expect(html).toContain('155 from the last run');
  });

  test('a few failing flows are drawn whole', () => {
    appStore.set(lastRun(40, 4));
    expect(rows(renderToStaticMarkup(createElement(PlannerIntro)))).toEqual(['f0', 'f1', 'f2', 'f3']);
  });
});
