/**
 * Autosave of the working copy: a second after the last edit, the unsaved scenario goes to
 * the platform's recovery store (Electron: a file in userData, written atomically; browser:
 * localStorage). A clean save or close clears it; at start the start page offers it back.
 */
import { getPlatform } from '../platform/getPlatform.ts';
import { appStore } from './appStore.ts';
import { scenarioText } from './docActions.ts';

export function startAutosave(delayMs = 1000): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastScenario: unknown = null;
  let lastDirty: boolean | null = null;
  let lastName = '';
  const unsubscribe = appStore.subscribe(() => {
    const { doc } = appStore.get();
    const dirty = !!doc && doc.saved !== doc.scenario;
    if (doc && (dirty !== lastDirty || doc.name !== lastName)) {
      getPlatform().setDocumentState({ dirty, name: doc.name, path: doc.source.kind === 'file' ? (doc.source.path ?? null) : null });
    }
    if (!doc && lastDirty !== null) getPlatform().setDocumentState({ dirty: false, name: 'NetLoom', path: null });
    lastDirty = doc ? dirty : null;
    lastName = doc?.name ?? '';
    if (!doc || !dirty || doc.scenario === lastScenario) return;
    lastScenario = doc.scenario;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const cur = appStore.get().doc;
      if (!cur || cur.saved === cur.scenario) return;
      void getPlatform().writeRecovery({
        text: scenarioText(cur.scenario),
        name: cur.name,
        path: cur.source.kind === 'file' ? (cur.source.path ?? null) : null,
        savedAt: Date.now(),
      });
    }, delayMs);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
