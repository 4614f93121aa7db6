/** Short messages at the bottom of the window (saved, opened, errors). */
import type { Toast } from './AppState.ts';
import { appStore } from './appStore.ts';

let nextId = 1;

export function toast(text: string, kind: Toast['kind'] = 'info', ms = kind === 'error' ? 6000 : 2800): void {
  const id = nextId++;
  appStore.set((s) => ({ toasts: [...s.toasts.slice(-1), { id, kind, text }] }));
  setTimeout(() => dismissToast(id), ms);
}

export function dismissToast(id: number): void {
  appStore.set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
}
