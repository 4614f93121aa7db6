/** Renderer entry: checks for unsaved work, starts autosave and validation, warms a simulation worker, renders. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { ErrorBoundary, type Recovery } from './app/ErrorBoundary.tsx';
import { getPlatform } from './platform/getPlatform.ts';
import { startAnalysis } from './state/analysisScheduler.ts';
import { appStore } from './state/appStore.ts';
import { startAutosave } from './state/autosave.ts';
import { startBoundsSync } from './state/boundsActions.ts';
import { runPool } from './state/runActions.ts';
import { exposeTestHooks } from './testHooks.ts';
import './styles/app.css';

startAnalysis();
startAutosave();
startBoundsSync();
runPool.prewarm();
exposeTestHooks();
void getPlatform()
  .listRecovery()
  .then((recovery) => appStore.set({ recovery }));

// the last line of defence: whatever fails outside the parts' own boundaries, the window says so and can be reloaded
const reload: Recovery = { label: 'Reload the window (unsaved work is offered back)', run: () => location.reload() };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary what="window" className="start" recover={reload}>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
