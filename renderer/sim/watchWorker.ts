/**
 * A dedicated worker's comlink remote, and a promise that rejects when the worker dies (out of
 * memory, a script that did not load, an answer that cannot be read): comlink's calls would wait forever.
 */
import { type Remote, wrap } from 'comlink';

export function watchWorker<T>(w: Worker): { api: Remote<T>; died: Promise<never> } {
  const died = new Promise<never>((_, reject) => {
    w.addEventListener('error', (e) => {
      e.preventDefault();
      reject(new Error(e.message || 'it stopped'));
    });
    w.addEventListener('messageerror', () => reject(new Error('its answer could not be read')));
  });
  return { api: wrap<T>(w), died };
}
