import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createSimApi } from './createSimApi.ts';

const r1 = JSON.parse(readFileSync(new URL('../../scenarios/reference/r1-line-cell.json', import.meta.url), 'utf8'));

describe('SimApi: bounds kept in the worker, fetched in parts', () => {
  test('the head and the parts put together are bounds() exactly; a new load forgets them', () => {
    const api = createSimApi();
    expect(api.load({ scenario: r1 }).ok).toBe(true);
    const whole = api.bounds();
    const kept = api.boundsKept();
    expect(kept.head.flows).toEqual([]);
    const flows = [];
    const ports = [];
    for (let i = 0; i < kept.flows; i += 7) flows.push(...api.keptBoundFlows(i, i + 7));
    for (let i = 0; i < kept.ports; i += 7) ports.push(...api.keptBoundPorts(i, i + 7));
    expect({ ...kept.head, flows, ports }).toEqual(whole);
    expect(kept.ports).toBeGreaterThan(7); // more than one part
    api.load({ scenario: r1 });
    expect(() => api.keptBoundFlows(0, 1)).toThrow(/no bounds kept/);
  });
});
