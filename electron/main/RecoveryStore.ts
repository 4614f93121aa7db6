/**
 * Autosaved working copies, one slot per document (keyed by its recovery id: its path, or a
 * `doc:` key for one without), each a file in the app's data folder written atomically. A
 * slot is cleared on its document's clean save or close; after a crash the renderer lists
 * them all and offers each back. Two documents never share a slot.
 *
 * A slot file is one line of JSON (id, name, path, savedAt and the text's length in bytes)
 * then the text, so the list reads a few kilobytes per slot whatever the documents' size.
 * The number of slots and their size are bounded; a corrupt, truncated or oversized slot is
 * left out of the list and reads as nothing, never an exception.
 */
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../node/atomicWrite.ts';
import type { RecoveryEntry, RecoveryId, RecoverySummary } from '../common/ipc.ts';
import { isRecoveryEntry } from './validateArgs.ts';

const FORMAT = 'netloom.recovery/v2';
/** the header line holds a name (≤ 255) and a path (≤ 4096), JSON-escaped */
const MAX_HEADER_BYTES = 32 * 1024;
const SLOT_NAME = /^[0-9a-f]{32}\.json$/;
/** the single working copy kept before slots (one document at a time) */
const LEGACY_FILE = 'working-copy.json';

export interface RecoveryLimits {
  /** documents with unsaved work kept at once */
  maxSlots: number;
  /** bytes of one slot's text */
  maxSlotBytes: number;
}

export const DEFAULT_RECOVERY_LIMITS: RecoveryLimits = { maxSlots: 32, maxSlotBytes: 64 * 1024 * 1024 };

type Header = RecoverySummary & { format: string; bytes: number };

export class RecoveryStore {
  constructor(
    readonly dir: string,
    private readonly limits: RecoveryLimits = DEFAULT_RECOVERY_LIMITS,
  ) {
    mkdirSync(dir, { recursive: true });
    this.adoptLegacy();
  }

  /** The slot file of a document (a hash of its id: ids are paths, not file names). */
  fileOf(id: RecoveryId): string {
    return join(this.dir, createHash('sha256').update(id).digest('hex').slice(0, 32) + '.json');
  }

  /** Writes the document's slot; refuses (with a message for the user) beyond the limits. */
  write(entry: RecoveryEntry): void {
    const text = Buffer.from(entry.text, 'utf8');
    if (text.length > this.limits.maxSlotBytes) {
      throw new Error(
        `the working copy of ${entry.name} is too large to autosave (${mb(text.length)}; the limit is ${mb(this.limits.maxSlotBytes)}): save it to a file`,
      );
    }
    const others = this.list().filter((s) => s.id !== entry.id);
    if (others.length >= this.limits.maxSlots) {
      throw new Error(
        `unsaved work of ${others.length} documents is already kept for recovery: ` +
          `recover or discard some on the start page before ${entry.name} can be autosaved`,
      );
    }
    const header: Header = { format: FORMAT, id: entry.id, name: entry.name, path: entry.path, savedAt: entry.savedAt, bytes: text.length };
    writeFileAtomic(this.fileOf(entry.id), Buffer.concat([Buffer.from(JSON.stringify(header) + '\n', 'utf8'), text]));
  }

  /** Every readable slot, newest first. */
  list(): RecoverySummary[] {
    let names: string[];
    try {
      names = readdirSync(this.dir)
        .filter((n) => SLOT_NAME.test(n))
        .sort();
    } catch {
      return [];
    }
    const out: RecoverySummary[] = [];
    for (const n of names.slice(0, 4 * this.limits.maxSlots)) {
      const h = this.readHeader(join(this.dir, n));
      if (h && this.fileOf(h.id).endsWith(n)) out.push({ id: h.id, name: h.name, path: h.path, savedAt: h.savedAt });
    }
    return out.sort((a, b) => b.savedAt - a.savedAt || a.id.localeCompare(b.id));
  }

  /** The slot's entry, or null when there is none or it is unreadable (never throws). */
  read(id: RecoveryId): RecoveryEntry | null {
    const file = this.fileOf(id);
    const h = this.readHeader(file);
    if (!h || h.id !== id) return null;
    try {
      const all = readFileSync(file);
      const text = all.subarray(all.indexOf(0x0a) + 1);
      const entry = { id: h.id, name: h.name, path: h.path, savedAt: h.savedAt, text: text.toString('utf8') };
      return text.length === h.bytes && isRecoveryEntry(entry) ? entry : null;
    } catch {
      return null;
    }
  }

  clear(id: RecoveryId): void {
    const file = this.fileOf(id);
    if (existsSync(file)) unlinkSync(file);
  }

  /** The header of a slot file when it is whole and within the limits; reads at most MAX_HEADER_BYTES. */
  private readHeader(file: string): Header | null {
    let fd: number | undefined;
    try {
      const size = statSync(file).size;
      fd = openSync(file, 'r');
      const buf = Buffer.alloc(Math.min(size, MAX_HEADER_BYTES));
      const got = readSync(fd, buf, 0, buf.length, 0);
      const nl = buf.subarray(0, got).indexOf(0x0a);
      if (nl < 0) return null;
      const h = JSON.parse(buf.subarray(0, nl).toString('utf8')) as Header;
      const summary = { id: h.id, name: h.name, path: h.path, savedAt: h.savedAt, text: '' };
      const whole = Number.isSafeInteger(h.bytes) && h.bytes <= this.limits.maxSlotBytes && size === nl + 1 + h.bytes;
      return h.format === FORMAT && whole && isRecoveryEntry(summary) ? h : null;
    } catch {
      return null;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  /** A working copy left by a version with one slot becomes a slot of its own (then the old file goes). */
  private adoptLegacy(): void {
    const legacy = join(this.dir, LEGACY_FILE);
    try {
      if (!existsSync(legacy) || statSync(legacy).size > this.limits.maxSlotBytes * 2) return;
      const v = JSON.parse(readFileSync(legacy, 'utf8')) as Omit<RecoveryEntry, 'id'>;
      const entry = { ...v, id: v.path ?? `doc:${randomUUID()}` };
      if (!isRecoveryEntry(entry)) return; // not ours to delete: left as it is
      this.write(entry);
      unlinkSync(legacy);
    } catch {
      /* unreadable: left as it is, never a reason not to start */
    }
  }
}

const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
