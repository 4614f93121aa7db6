/** The window: header, then the start page, the workspace or a file's problems; dialogs and toasts above. */
import { useEffect } from 'react';
import { handleKey, runCommand } from '../commands/commands.ts';
import { getPlatform } from '../platform/getPlatform.ts';
import { FileProblemsPage } from '../start/FileProblemsPage.tsx';
import { StartPage } from '../start/StartPage.tsx';
import { useApp } from '../state/appStore.ts';
import { AddWorkloadDialog } from '../workloads/AddWorkloadDialog.tsx';
import { CommandPalette } from './CommandPalette.tsx';
import { HelpDialog } from './HelpDialog.tsx';
import { Toasts } from './Toasts.tsx';
import { TopBar } from './TopBar.tsx';
import { Workspace } from './Workspace.tsx';

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
      <TopBar />
      {fileProblems ? <FileProblemsPage /> : hasDoc ? <Workspace /> : <StartPage />}
      <CommandPalette />
      <HelpDialog />
      <AddWorkloadDialog />
      <Toasts />
    </div>
  );
}
