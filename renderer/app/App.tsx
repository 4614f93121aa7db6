/** The window: header, then the start page, the workspace or a file's problems; dialogs and toasts above. Each part has an error boundary of its own. */
import { useEffect } from 'react';
import { handleKey, runCommand } from '../commands/commands.ts';
import { getPlatform } from '../platform/getPlatform.ts';
import { FileProblemsPage } from '../start/FileProblemsPage.tsx';
import { StartPage } from '../start/StartPage.tsx';
import { appStore, useApp } from '../state/appStore.ts';
import { AddWorkloadDialog } from '../workloads/AddWorkloadDialog.tsx';
import { FindDialog } from '../editor/FindDialog.tsx';
import { ImportDialog } from '../importer/ImportDialog.tsx';
import { closeConfigExport } from '../handover/configExportActions.ts';
import { ConfigExportDialog } from '../handover/ConfigExportDialog.tsx';
import { closeTrace } from '../handover/traceActions.ts';
import { TraceDialog } from '../handover/TraceDialog.tsx';
import { closeImport } from '../importer/importActions.ts';
import { CommandPalette } from './CommandPalette.tsx';
import { ErrorBoundary, type Recovery } from './ErrorBoundary.tsx';
import { HelpDialog } from './HelpDialog.tsx';
import { Toasts } from './Toasts.tsx';
import { TopBar } from './TopBar.tsx';
import { Workspace } from './Workspace.tsx';

const closeDialogs: Recovery = { label: 'Close', run: () => appStore.set({ paletteOpen: false, helpOpen: false, workloadOpen: false, findOpen: false }) };
const back: Recovery = { label: 'Back', run: () => appStore.set({ fileProblems: null }) };

export function App() {
  const hasDoc = useApp((s) => s.doc !== null);
  const fileProblems = useApp((s) => s.fileProblems !== null);
  const theme = useApp((s) => s.theme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => void handleKey(e);
    window.addEventListener('keydown', onKey);
    const off = getPlatform().onCommand((c) => runCommand(c));
    return () => {
      window.removeEventListener('keydown', onKey);
      off();
    };
  }, []);
  return (
    <div className="app">
      <ErrorBoundary what="toolbar" className="topbar">
        <TopBar />
      </ErrorBoundary>
      {fileProblems ? (
        <ErrorBoundary what="list of problems" className="start" recover={back}>
          <FileProblemsPage />
        </ErrorBoundary>
      ) : hasDoc ? (
        <Workspace />
      ) : (
        <ErrorBoundary what="start page" className="start">
          <StartPage />
        </ErrorBoundary>
      )}
      <ErrorBoundary what="command palette" className="modal-back" recover={closeDialogs}>
        <CommandPalette />
      </ErrorBoundary>
      <ErrorBoundary what="find" className="modal-back" recover={closeDialogs}>
        <FindDialog />
      </ErrorBoundary>
      <ErrorBoundary what="help" className="modal-back" recover={closeDialogs}>
        <HelpDialog />
      </ErrorBoundary>
      <ErrorBoundary what="workload dialog" className="modal-back" recover={closeDialogs}>
        <AddWorkloadDialog />
      </ErrorBoundary>
      <ErrorBoundary what="import" className="modal-back" recover={{ label: 'Close', run: closeImport }}>
        <ImportDialog />
      </ErrorBoundary>
      <ErrorBoundary what="switch configuration" className="modal-back" recover={{ label: 'Close', run: closeConfigExport }}>
        <ConfigExportDialog />
      </ErrorBoundary>
      <ErrorBoundary what="trace" className="modal-back" recover={{ label: 'Close', run: closeTrace }}>
        <TraceDialog />
      </ErrorBoundary>
      <Toasts />
    </div>
  );
}
