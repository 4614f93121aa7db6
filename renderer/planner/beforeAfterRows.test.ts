import { describe, expect, test } from 'vitest';
import { beforeAfterRows } from './beforeAfterRows.ts';
import type { FlowVerdict } from '../../sim/api/index.ts';

const verdicts = (flows: [string, FlowVerdict['verdict'], number | null][]): FlowVerdict[] => flows.map(([id, verdict, margin]) => ({ id, verdict, margin }));

describe('beforeAfterRows', () => {
  test('fixed flows first, then those still failing, then the rest by their margin as-is', () => {
    const asIs = verdicts([
      ['ok', 'pass', 0.5],
      ['tight', 'pass', 0.05],
      ['fixed', 'fail', -2],
      ['stuck', 'fail', -0.1],
      ['bulk', 'none', null],
    ]);
    const planned = verdicts([
      ['ok', 'pass', 0.5],
      ['tight', 'pass', 0.3],
      ['fixed', 'pass', 0.7],
      ['stuck', 'fail', -0.05],
      ['bulk', 'none', null],
    ]);
    const rows = beforeAfterRows(asIs, planned);
    expect(rows.map((r) => [r.flow, r.change])).toEqual([
      ['fixed', 'fixed'],
      ['stuck', 'same'],
      ['tight', 'same'],
      ['ok', 'same'],
      ['bulk', 'same'],
    ]);
    expect(rows[0].before?.verdict).toBe('fail');
    expect(rows[0].after?.margin).toBe(0.7);
  });

  test('without verified verdicts for a plan the as-is stands alone', () => {
    const rows = beforeAfterRows(verdicts([['a', 'fail', -1]]), null);
    expect(rows).toEqual([{ flow: 'a', before: { id: 'a', verdict: 'fail', margin: -1 }, after: null, change: 'same' }]);
  });
});
