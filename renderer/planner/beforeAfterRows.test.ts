import { describe, expect, test } from 'vitest';
import type { FlowReport, Report } from '../../sim/api/index.ts';
import { beforeAfterRows } from './beforeAfterRows.ts';

const report = (flows: [string, FlowReport['verdict'], number | null][]) =>
  ({ flows: flows.map(([id, verdict, margin]) => ({ id, from: 'A', to: 'B', verdict, margin, worst: margin === null ? null : 'latency' })) }) as unknown as Report;

describe('beforeAfterRows', () => {
  test('fixed flows first, then those still failing, then the rest by their margin as-is', () => {
    const asIs = report([['ok', 'pass', 0.5], ['tight', 'pass', 0.05], ['fixed', 'fail', -2], ['stuck', 'fail', -0.1], ['bulk', 'none', null]]);
    const planned = report([['ok', 'pass', 0.5], ['tight', 'pass', 0.3], ['fixed', 'pass', 0.7], ['stuck', 'fail', -0.05], ['bulk', 'none', null]]);
    const rows = beforeAfterRows(asIs, planned);
    expect(rows.map((r) => [r.flow, r.change])).toEqual([['fixed', 'fixed'], ['stuck', 'same'], ['tight', 'same'], ['ok', 'same'], ['bulk', 'same']]);
    expect(rows[0].before?.verdict).toBe('fail');
    expect(rows[0].after?.margin).toBe(0.7);
  });

  test('without a planned report the as-is stands alone', () => {
    const rows = beforeAfterRows(report([['a', 'fail', -1]]), null);
    expect(rows).toEqual([{ flow: 'a', route: 'A → B', before: { verdict: 'fail', margin: -1, worst: 'latency' }, after: null, change: 'same' }]);
  });
});
