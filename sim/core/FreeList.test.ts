import { describe, expect, it } from 'vitest';
import { FreeList } from './FreeList.ts';
import { grown } from './grown.ts';
import { MemoryBudget, ResourceLimitError } from './ResourceLimit.ts';

class Things extends FreeList<number> {
  value = new Float64Array(0);
  constructor(initial: number, budget?: MemoryBudget) {
    super(12, 'things', budget);
    this.reserve(initial);
  }
  protected growColumns(cap: number): void {
    this.value = grown(this.value, cap);
  }
}

describe('FreeList', () => {
  it('hands out slots lowest first, takes them back last in first out, and grows by doubling keeping the columns', () => {
    const t = new Things(2);
    const a = t.alloc();
    const b = t.alloc();
    expect([a, b]).toEqual([0, 1]);
    t.value[a] = 1.5;
    t.value[b] = 2.5;
    const c = t.alloc(); // grows to 4
    expect([c, t.capacity, t.inUse]).toEqual([2, 4, 3]);
    expect([t.value[a], t.value[b]]).toEqual([1.5, 2.5]);
    t.release(a);
    expect(t.alloc()).toBe(a);
    expect(t.alloc()).toBe(3);
    expect(t.inUse).toBe(4);
  });

  it('reserves its bytes in the budget before growing, and names what grew when the budget is spent', () => {
    const budget = new MemoryBudget(100);
    const t = new Things(4, budget);
    expect(budget.usedBytes).toBe(48);
    for (let i = 0; i < 8; i++) t.alloc(); // 4 → 8: 96 bytes
    expect(budget.usedBytes).toBe(96);
    expect(() => t.alloc()).toThrow(ResourceLimitError);
    expect(() => t.alloc()).toThrow(/^16 things would need/);
    expect(t.capacity).toBe(8);
  });
});

describe('grown', () => {
  it('copies into a longer array of the same type, at an offset', () => {
    const a = Int32Array.of(1, 2, 3);
    const b = grown(a, 6, 2);
    expect(b).toBeInstanceOf(Int32Array);
    expect([...b]).toEqual([0, 0, 1, 2, 3, 0]);
    expect([...grown(Uint8Array.of(7), 2)]).toEqual([7, 0]);
  });
});
