/**
 * The browser's recovery slots: one localStorage item per document (`netloom.recovery.v2:` and
 * its recovery id), so documents never share a slot, as in the desktop app's RecoveryStore.
 * Bounded in number here and in size by the browser's quota; an unreadable item is left out.
 */
import type { RecoveryEntry, RecoverySummary } from './Platform.ts';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PREFIX = 'netloom.recovery.v2:';
/** the single working copy kept before slots, and the slot it becomes when it had no path (there is only ever one) */
const LEGACY_KEY = 'netloom.recovery.v1';
const LEGACY_ID = 'doc:00000000-0000-4000-8000-000000000001';
export const MAX_BROWSER_SLOTS = 32;

function parse(raw: string | null, id: string): RecoveryEntry | null {
  try {
    const e = raw ? (JSON.parse(raw) as RecoveryEntry) : null;
    const ok =
      !!e &&
      e.id === id &&
      typeof e.text === 'string' &&
      typeof e.name === 'string' &&
      (e.path === null || typeof e.path === 'string') &&
      Number.isFinite(e.savedAt);
    return ok ? { id: e.id, name: e.name, path: e.path, savedAt: e.savedAt, text: e.text } : null;
  } catch {
    return null;
  }
}

export interface RecoverySlots {
  write(entry: RecoveryEntry): void;
  list(): RecoverySummary[];
  read(id: string): RecoveryEntry | null;
  clear(id: string): void;
}

export function storageRecovery(storage: StorageLike): RecoverySlots {
  const ids = () => {
    const out: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k?.startsWith(PREFIX)) out.push(k.slice(PREFIX.length));
    }
    return out;
  };
  const slots: RecoverySlots = {
    write(entry) {
      const others = ids().filter((id) => id !== entry.id && parse(storage.getItem(PREFIX + id), id));
      if (others.length >= MAX_BROWSER_SLOTS)
        throw new Error(
          `unsaved work of ${others.length} documents is already kept for recovery: ` +
            `recover or discard some on the start page before ${entry.name} can be autosaved`,
        );
      try {
        storage.setItem(PREFIX + entry.id, JSON.stringify(entry));
      } catch (e) {
        throw new Error(`the browser's storage has no room to autosave ${entry.name} (${e instanceof Error ? e.message : String(e)}): save it to a file`);
      }
    },
    list() {
      const all = ids().flatMap((id) => parse(storage.getItem(PREFIX + id), id) ?? []);
      return all.map(({ text: _t, ...s }) => s).sort((a, b) => b.savedAt - a.savedAt || a.id.localeCompare(b.id));
    },
    read: (id) => parse(storage.getItem(PREFIX + id), id),
    clear: (id) => storage.removeItem(PREFIX + id),
  };
  adoptLegacy(storage, slots);
  return slots;
}

/** The single-slot version's working copy becomes a slot of its own. */
function adoptLegacy(storage: StorageLike, slots: RecoverySlots): void {
  const raw = storage.getItem(LEGACY_KEY);
  if (!raw) return;
  try {
    const v = JSON.parse(raw) as Omit<RecoveryEntry, 'id'>;
    const id = v.path ?? LEGACY_ID;
    const entry = parse(JSON.stringify({ ...v, id }), id);
    if (!entry) return;
    slots.write(entry);
    storage.removeItem(LEGACY_KEY);
  } catch {
    /* left as it is */
  }
}
