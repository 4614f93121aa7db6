import { describe, expect, it } from 'vitest';
import { idIndex } from './idIndex.ts';

describe('idIndex', () => {
  it('finds elements by id, including ones recorded as added', () => {
    const list = [{ id: 'a' }, { id: 'b' }];
    expect(idIndex(list).get('b')).toBe(list[1]);
    const c = { id: 'c' };
    list.push(c);
    idIndex(list).added(c);
    expect(idIndex(list).get('c')).toBe(c);
  });

  it('sees elements others pushed or removed without telling it (the list is the truth)', () => {
    const list = [{ id: 'a' }];
    expect(idIndex(list).get('x')).toBeUndefined();
    list.push({ id: 'x' });
    expect(idIndex(list).get('x')).toBe(list[1]);
    list.splice(0, 1);
    expect(idIndex(list).get('a')).toBeUndefined();
  });
});
