import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeFileAtomic } from './atomicWrite.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'netloom-atomic-'));

describe('writeFileAtomic', () => {
  test('writes the text and leaves no temporary file behind', () => {
    const d = dir();
    writeFileAtomic(join(d, 'a.json'), '{"x":1}\n');
    expect(readFileSync(join(d, 'a.json'), 'utf8')).toBe('{"x":1}\n');
    expect(readdirSync(d)).toEqual(['a.json']);
  });

  test('replaces an existing file whole', () => {
    const d = dir();
    const f = join(d, 'a.json');
    writeFileSync(f, 'old content that is longer than the new one');
    writeFileAtomic(f, 'new');
    expect(readFileSync(f, 'utf8')).toBe('new');
  });

  test('a failed rename leaves the target as it was and no temporary file', () => {
    const d = dir();
    const target = join(d, 'a.json');
    mkdirSync(target); // a folder where the file should go: the rename fails after the write
    writeFileSync(join(target, 'keep.txt'), 'kept');
    expect(() => writeFileAtomic(target, 'new')).toThrow();
    expect(readFileSync(join(target, 'keep.txt'), 'utf8')).toBe('kept');
    expect(readdirSync(d)).toEqual(['a.json']);
  });

  test('writing into a missing folder throws and creates nothing', () => {
    const d = dir();
    expect(() => writeFileAtomic(join(d, 'missing', 'a.json'), 'x')).toThrow();
    expect(readdirSync(d)).toEqual([]);
  });
});
