/** Which recovery slot a document autosaves to: one per document, so documents never share one. */
import type { Doc } from './AppState.ts';

/** A document's recovery slot id: its path when it has one, otherwise `doc:` and the key it was given when opened. */
export function recoveryIdOf(doc: Pick<Doc, 'source' | 'key'>): string {
  return doc.source.kind === 'file' && doc.source.path ? doc.source.path : `doc:${doc.key}`;
}

/** The key a slot id carries, to reopen a recovered document on the same slot (a path-keyed one gets a new key). */
export function keyOfRecoveryId(id: string): string | undefined {
  return id.startsWith('doc:') ? id.slice(4) : undefined;
}

/**
 * A document's key: a version-4 UUID. crypto.randomUUID exists only in secure contexts, and
 * the web build may be served over plain http inside a plant; getRandomValues exists everywhere.
 */
export function newDocKey(c: Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string } = crypto): string {
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
