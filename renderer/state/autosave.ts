/**
 * Autosave of the working copy: a second after the last edit, the unsaved scenario goes to
 * the document's own recovery slot (Electron: a file in userData, written atomically; browser:
 * localStorage), keyed by recoveryIdOf. A clean save or close clears that slot only, so two
 * documents never discard each other's work; at start the start page offers every slot back.
 */
import type { DocumentState } from '../platform/Platform.ts';
import { getPlatform } from '../platform/getPlatform.ts';
import type { Doc } from './AppState.ts';
import { appStore } from './appStore.ts';
import { scenarioText } from './docActions.ts';
import { recoveryIdOf } from './recoveryId.ts';
import { toast } from './toast.ts';

const pathOf = (doc: Doc) => (doc.source.kind === 'file' ? (doc.source.path ?? null) : null);

export function startAutosave(delayMs = 1000): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastScenario: unknown = null;
  let lastState = '';
  let lastFailure = '';
  const unsubscribe = appStore.subscribe(() => {
    const { doc } = appStore.get();
    const dirty = !!doc && doc.saved !== doc.scenario;
    const state: DocumentState = doc
      ? { dirty, name: doc.name, path: pathOf(doc), id: recoveryIdOf(doc) }
      : { dirty: false, name: 'NetLoom', path: null, id: null };
    const key = JSON.stringify(state);
    if (key !== lastState && (doc || lastState)) getPlatform().setDocumentState(state);
    lastState = key;
    if (!doc || !dirty || doc.scenario === lastScenario) return;
    lastScenario = doc.scenario;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const cur = appStore.get().doc;
      if (!cur || cur.saved === cur.scenario) return;
      const entry = { id: recoveryIdOf(cur), text: scenarioText(cur.scenario), name: cur.name, path: pathOf(cur), savedAt: Date.now() };
      getPlatform()
        .writeRecovery(entry)
        .then(
          () => (lastFailure = ''),
          (e: unknown) => {
            const msg = e instanceof Error ? e.message : String(e);
            if (msg !== lastFailure) toast(`Autosave failed: ${msg}`, 'error'); // once, not every second
            lastFailure = msg;
          },
        );
    }, delayMs);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
