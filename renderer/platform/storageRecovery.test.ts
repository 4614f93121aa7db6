import { describe, expect, test } from 'vitest';
import type { RecoveryEntry } from './Platform.ts';
import { MAX_BROWSER_SLOTS, type StorageLike, storageRecovery } from './storageRecovery.ts';

/** localStorage over a Map, with an optional quota in characters. */
function memoryStorage(quota = Infinity): StorageLike & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem(k, v) {
      const used = [...map].reduce((n, [a, b]) => n + (a === k ? 0 : a.length + b.length), 0);
      if (used + k.length + v.length > quota) throw new DOMException('quota exceeded', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k) => void map.delete(k),
  };
}

const a: RecoveryEntry = { id: 'doc:aaaaaaaa-0000-4000-8000-000000000001', text: '{"name":"A"}', name: 'vision-cell.json', path: null, savedAt: 1 };
const b: RecoveryEntry = { id: 'doc:bbbbbbbb-0000-4000-8000-000000000002', text: '{"name":"B"}', name: 'mill.json', path: null, savedAt: 2 };

describe('storageRecovery (the browser’s recovery slots)', () => {
  test('two documents keep their own slot; both are listed newest first and read back', () => {
    const s = memoryStorage();
    storageRecovery(s).write(a);
    storageRecovery(s).write(b);
    const again = storageRecovery(s);
    expect(again.list().map((e) => e.id)).toEqual([b.id, a.id]);
    expect(again.read(a.id)).toEqual(a);
    again.clear(b.id);
    expect(again.list().map((e) => e.id)).toEqual([a.id]);
  });

  test('an unreadable item is left out, never thrown', () => {
    const s = memoryStorage();
    s.setItem('netloom.recovery.v2:' + a.id, '{"text": 1');
    s.setItem('netloom.recovery.v2:' + b.id, JSON.stringify(a)); // an entry under another document's key
    expect(storageRecovery(s).list()).toEqual([]);
    expect(storageRecovery(s).read(b.id)).toBeNull();
  });

  test('a full storage or too many documents is an error that says what to do', () => {
    expect(() => storageRecovery(memoryStorage(50)).write(a)).toThrow(/no room to autosave vision-cell.json .*save it to a file/);
    const s = memoryStorage();
    const slots = storageRecovery(s);
    for (let i = 0; i < MAX_BROWSER_SLOTS; i++) slots.write({ ...a, id: `doc:${String(i).padStart(8, '0')}-0000-4000-8000-000000000000` });
    expect(() => slots.write(b)).toThrow(/already kept for recovery/);
  });

  test('the single-slot version’s working copy becomes a slot', () => {
    const s = memoryStorage();
    const { id: _id, ...legacy } = a;
    s.setItem('netloom.recovery.v1', JSON.stringify(legacy));
    const slots = storageRecovery(s);
    expect(slots.list().map((e) => e.name)).toEqual(['vision-cell.json']);
    const id = slots.list()[0]!.id;
    expect(id).toMatch(/^doc:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(slots.read(id)).toEqual({ ...a, id });
    expect(s.getItem('netloom.recovery.v1')).toBeNull();
  });
});
