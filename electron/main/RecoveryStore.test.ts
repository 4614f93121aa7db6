import { existsSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { RecoveryEntry } from '../common/ipc.ts';
import { RecoveryStore } from './RecoveryStore.ts';

const newDir = () => mkdtempSync(join(tmpdir(), 'netloom-rec-'));
const plant: RecoveryEntry = {
  id: '/home/u/plant.json',
  text: '{"format":"netloom.scenario/v1","name":"plant"}',
  name: 'plant.json',
  path: '/home/u/plant.json',
  savedAt: 1_700_000_000_000,
};
const untitled: RecoveryEntry = {
  id: 'doc:0b6e4c1e-8f0a-4c57-9d7e-2f1a3b4c5d6e',
  text: '{"name":"new cell"}',
  name: 'untitled.json',
  path: null,
  savedAt: 1_700_000_001_000,
};
const summary = ({ text: _t, ...s }: RecoveryEntry) => s;

describe('RecoveryStore: one slot per document', () => {
  test('two documents keep their own working copy; after a restart both are listed, newest first, and read back', () => {
    const dir = newDir();
    const s = new RecoveryStore(dir);
    s.write(plant);
    s.write(untitled); // the old single slot lost the plant's work here
    const again = new RecoveryStore(dir);
    expect(again.list()).toEqual([summary(untitled), summary(plant)]);
    expect(again.read(plant.id)).toEqual(plant);
    expect(again.read(untitled.id)).toEqual(untitled);
  });

  test('clearing one document’s slot leaves the other’s', () => {
    const s = new RecoveryStore(newDir());
    s.write(plant);
    s.write(untitled);
    s.clear(untitled.id);
    expect(s.list()).toEqual([summary(plant)]);
    expect(s.read(untitled.id)).toBeNull();
    s.clear(untitled.id); // clearing twice is fine
  });

  test('a document’s later autosave replaces its own slot only', () => {
    const s = new RecoveryStore(newDir());
    s.write(plant);
    s.write(untitled);
    s.write({ ...plant, text: 'v2', savedAt: plant.savedAt + 5000 });
    expect(s.list().map((e) => e.id)).toEqual([plant.id, untitled.id]);
    expect(s.read(plant.id)?.text).toBe('v2');
  });

  test('slot files are named by a hash of the id (a path is not a file name) and no temporary file is left', () => {
    const dir = newDir();
    const s = new RecoveryStore(dir);
    s.write(plant);
    s.write({ ...plant, text: 'v2' });
    expect(readdirSync(dir)).toEqual([s.fileOf(plant.id).slice(dir.length + 1)]);
    expect(readdirSync(dir)[0]).toMatch(/^[0-9a-f]{32}\.json$/);
  });

  test('non-ASCII text round-trips byte for byte', () => {
    const s = new RecoveryStore(newDir());
    const e = { ...plant, text: '{"name":"Walzstraße 轧机 ✓"}\n' };
    s.write(e);
    expect(s.read(plant.id)).toEqual(e);
  });
});

describe('RecoveryStore: bounded, and never crashes on what it finds', () => {
  test('a corrupt, truncated or misplaced slot is left out of the list and reads as nothing', () => {
    const dir = newDir();
    const s = new RecoveryStore(dir);
    s.write(plant);
    s.write(untitled);
    const f = s.fileOf(plant.id);
    const whole = readFileSync(f);
    writeFileSync(f, whole.subarray(0, whole.length - 3)); // cut short: the header's length no longer matches
    expect(s.list()).toEqual([summary(untitled)]);
    expect(s.read(plant.id)).toBeNull();
    writeFileSync(f, '{"text": 12'); // no header line at all
    expect(s.read(plant.id)).toBeNull();
    writeFileSync(f, readFileSync(s.fileOf(untitled.id))); // another document's slot under this name
    expect(s.list()).toEqual([summary(untitled)]);
    expect(s.read(plant.id)).toBeNull();
    writeFileSync(join(dir, 'notes.txt'), 'not a slot');
    expect(s.list()).toEqual([summary(untitled)]);
  });

  test('a slot whose header claims more than the size limit is skipped without reading its text', () => {
    const dir = newDir();
    const s = new RecoveryStore(dir, { maxSlots: 4, maxSlotBytes: 1024 });
    const huge = 10 * 1024 * 1024 * 1024; // 10 GB, sparse: reading it would exhaust memory
    const header = JSON.stringify({ format: 'netloom.recovery/v2', id: plant.id, name: plant.name, path: plant.path, savedAt: 1, bytes: huge }) + '\n';
    writeFileSync(s.fileOf(plant.id), header);
    truncateSync(s.fileOf(plant.id), Buffer.byteLength(header) + huge);
    expect(s.list()).toEqual([]);
    expect(s.read(plant.id)).toBeNull();
  });

  test('a working copy larger than the limit is refused with a message, and the previous slot is kept', () => {
    const s = new RecoveryStore(newDir(), { maxSlots: 4, maxSlotBytes: 100 });
    s.write(plant);
    expect(() => s.write({ ...plant, text: 'x'.repeat(101) })).toThrow(/plant.json is too large to autosave/);
    expect(s.read(plant.id)).toEqual(plant);
  });

  test('beyond the number of slots a new document is refused (nobody’s work is evicted); known ones still autosave', () => {
    const s = new RecoveryStore(newDir(), { maxSlots: 2, maxSlotBytes: 1024 });
    s.write(plant);
    s.write(untitled);
    const third = { ...untitled, id: 'doc:11111111-2222-4333-8444-555555555555', name: 'third.json' };
    expect(() => s.write(third)).toThrow(/unsaved work of 2 documents is already kept .* before third.json can be autosaved/);
    s.write({ ...plant, text: 'v2' });
    expect(
      s
        .list()
        .map((e) => e.id)
        .sort(),
    ).toEqual([plant.id, untitled.id].sort());
  });

  test('the working copy of the single-slot version becomes a slot; an unreadable one is left alone', () => {
    const dir = newDir();
    const { id: _id, ...legacy } = plant;
    writeFileSync(join(dir, 'working-copy.json'), JSON.stringify(legacy));
    const s = new RecoveryStore(dir);
    expect(s.read(plant.id)).toEqual(plant);
    expect(existsSync(join(dir, 'working-copy.json'))).toBe(false);
    const other = newDir();
    writeFileSync(join(other, 'working-copy.json'), '{"text": 12');
    expect(new RecoveryStore(other).list()).toEqual([]);
    expect(existsSync(join(other, 'working-copy.json'))).toBe(true);
  });
});
