/** The Open Recent list: newest first, no duplicates, at most `max`, files that vanished dropped; kept in a JSON file. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeFileAtomic } from '../../node/atomicWrite.ts';

export class RecentFiles {
  constructor(
    private readonly file: string,
    private readonly max = 10,
    private readonly exists: (p: string) => boolean = existsSync,
  ) {}

  list(): string[] {
    try {
      const v: unknown = JSON.parse(readFileSync(this.file, 'utf8'));
      return Array.isArray(v) ? v.filter((p): p is string => typeof p === 'string' && this.exists(p)).slice(0, this.max) : [];
    } catch {
      return [];
    }
  }

  add(path: string): string[] {
    const p = resolve(path);
    const next = [p, ...this.list().filter((x) => x !== p)].slice(0, this.max);
    writeFileAtomic(this.file, JSON.stringify(next, null, 2));
    return next;
  }

  clear(): void {
    writeFileAtomic(this.file, '[]');
  }
}
