import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RecoveryStore } from './RecoveryStore.ts';

const entry = { text: '{"format":"netloom.scenario/v1"}', name: 'plant.json', path: '/home/u/plant.json', savedAt: 1_700_000_000_000 };

describe('RecoveryStore', () => {
  test('a written working copy is read back after a restart (a new store on the same folder)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netloom-rec-'));
    new RecoveryStore(dir).write(entry);
    expect(new RecoveryStore(dir).read()).toEqual(entry);
  });

  test('clear removes it; reading an empty store gives null', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netloom-rec-'));
    const s = new RecoveryStore(dir);
    expect(s.read()).toBeNull();
    s.write(entry);
    s.clear();
    expect(s.read()).toBeNull();
    s.clear(); // clearing twice is fine
  });

  test('a corrupt or foreign file reads as nothing to recover, never throws', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netloom-rec-'));
    const s = new RecoveryStore(dir);
    writeFileSync(s.file, '{"text": 12');
    expect(s.read()).toBeNull();
    writeFileSync(s.file, JSON.stringify({ ...entry, extra: 1 }));
    expect(s.read()).toBeNull();
  });

  test('the last write wins', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netloom-rec-'));
    const s = new RecoveryStore(dir);
    s.write(entry);
    s.write({ ...entry, text: 'v2', savedAt: entry.savedAt + 1 });
    expect(s.read()?.text).toBe('v2');
  });
});
