import { describe, expect, it } from 'vitest';
import { formatCriterion } from './formatCriterion.ts';

describe('formatCriterion', () => {
  it('shows times as times: latency, jitter, and an LLM flow’s TTFT and TPOT', () => {
    expect(formatCriterion('ttft', 0.5)).toBe(formatCriterion('latency', 0.5));
    expect(formatCriterion('tpot', 0.03)).toMatch(/ms$/);
    expect(formatCriterion('loss', 0.01)).toMatch(/%$/);
  });
});
