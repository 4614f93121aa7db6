/** The one store of the renderer (STYLE.md: editor state in one store module). */
import { type AppState, EMPTY_SELECTION, type Theme } from './AppState.ts';
import { createStore, useStoreSelector } from './createStore.ts';
import { defaultPlanSettings, loadPlanSettings } from './planSettings.ts';

function initialTheme(): Theme {
  try {
    const t = localStorage.getItem('netloom.theme');
    if (t === 'light' || t === 'dark') return t;
  } catch {
    /* storage unavailable */
  }
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export const appStore = createStore<AppState>({
  doc: null,
  fileProblems: null,
  past: [],
  future: [],
  selection: EMPTY_SELECTION,
  analysis: null,
  run: { status: 'idle' },
  lastReport: null,
  runs: [],
  view: 'editor',
  theme: typeof window === 'undefined' ? 'light' : initialTheme(),
  connectFrom: null,
  connectMode: false,
  toasts: [],
  paletteOpen: false,
  findOpen: false,
  helpOpen: false,
  recovery: [],
  resultsOpen: true,
  plan: { status: 'idle' },
  planSettings: typeof window === 'undefined' ? defaultPlanSettings() : loadPlanSettings(),
  planOverlay: false,
  planPreview: null,
  workloadOpen: false,
  bounds: null,
  schedule: { status: 'idle' },
  scheduleSettings: { flows: null, maxWait: '' },
  groups: null,
});

export function useApp<U>(select: (s: AppState) => U): U {
  return useStoreSelector(appStore, select);
}
