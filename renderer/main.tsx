/** Renderer entry: checks for unsaved work, starts autosave and validation, warms a simulation worker, renders. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { getPlatform } from './platform/getPlatform.ts';
import { startAnalysis } from './state/analysisScheduler.ts';
import { appStore } from './state/appStore.ts';
import { startAutosave } from './state/autosave.ts';
import { startBoundsSync } from './state/boundsActions.ts';
import { runner } from './state/runActions.ts';
import { exposeTestHooks } from './testHooks.ts';
import './styles/app.css';

startAnalysis();
startAutosave();
startBoundsSync();
runner.prewarm();
exposeTestHooks();
void getPlatform()
  .listRecovery()
  .then((recovery) => appStore.set({ recovery }));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
