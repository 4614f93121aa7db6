import { describe, expect, test } from 'vitest';
import { keyOfRecoveryId, newDocKey, recoveryIdOf } from './recoveryId.ts';

/** what main accepts as a doc: key (electron/main/validateArgs.ts) */
const DOC_KEY = /^doc:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('recovery ids', () => {
  test('a document with a path is keyed by it; any other by doc: and its key, which comes back out', () => {
    expect(recoveryIdOf({ source: { kind: 'file', path: '/home/u/plant.json' }, key: 'k' })).toBe('/home/u/plant.json');
    const id = recoveryIdOf({ source: { kind: 'library', path: 'examples/vision-cell.json' }, key: newDocKey() });
    expect(id).toMatch(DOC_KEY);
    expect(recoveryIdOf({ source: { kind: 'file', handle: {} }, key: keyOfRecoveryId(id)! })).toBe(id);
    expect(keyOfRecoveryId('/home/u/plant.json')).toBeUndefined();
  });

  test('a key without crypto.randomUUID (the web build served over plain http) is still a UUID main accepts', () => {
    const keys = new Set(Array.from({ length: 100 }, () => newDocKey({ getRandomValues: crypto.getRandomValues.bind(crypto) })));
    expect(keys.size).toBe(100);
    for (const k of keys) expect(`doc:${k}`).toMatch(DOC_KEY);
    expect(newDocKey({ getRandomValues: <T>(a: T) => a })).toBe('00000000-0000-4000-8000-000000000000');
  });
});
