/**
 * The autosaved working copy, one file in the app's data folder, written atomically. It is
 * cleared on a clean save or close; after a crash the renderer finds it and offers it back.
 */
import { existsSync, mkdirSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { RecoveryEntry } from '../common/ipc.ts';
import { writeFileAtomic } from './atomicWrite.ts';
import { isRecoveryEntry } from './validateArgs.ts';

export class RecoveryStore {
  readonly file: string;

  constructor(dir: string) {
    mkdirSync(dir, { recursive: true });
    this.file = join(dir, 'working-copy.json');
  }

  write(entry: RecoveryEntry): void {
    writeFileAtomic(this.file, JSON.stringify(entry));
  }

  /** The entry, or null when there is none or it is unreadable (never throws). */
  read(): RecoveryEntry | null {
    try {
      const v: unknown = JSON.parse(readFileSync(this.file, 'utf8'));
      return isRecoveryEntry(v) ? v : null;
    } catch {
      return null;
    }
  }

  clear(): void {
    if (existsSync(this.file)) unlinkSync(this.file);
  }
}
