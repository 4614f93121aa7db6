import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RecentFiles } from './RecentFiles.ts';

const store = (max = 3, exists = (_: string) => true) => new RecentFiles(join(mkdtempSync(join(tmpdir(), 'netloom-recent-')), 'recent.json'), max, exists);

describe('RecentFiles', () => {
  test('newest first, without duplicates, at most `max`', () => {
    const r = store(3);
    r.add('/a.json');
    r.add('/b.json');
    r.add('/a.json');
    r.add('/c.json');
    r.add('/d.json');
    expect(r.list()).toEqual(['/d.json', '/c.json', '/a.json']);
  });

  test('files that no longer exist are dropped', () => {
    const gone = new Set(['/b.json']);
    const r = store(5, (p) => !gone.has(p));
    r.add('/a.json');
    r.add('/b.json');
    expect(r.list()).toEqual(['/a.json']);
  });

  test('an unreadable list is empty; clear empties it', () => {
    const r = store();
    expect(r.list()).toEqual([]);
    r.add('/a.json');
    r.clear();
    expect(r.list()).toEqual([]);
  });
});
