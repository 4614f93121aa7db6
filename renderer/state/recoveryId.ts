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
