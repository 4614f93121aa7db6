/** The header: document, file actions, undo/redo, views, Run with progress and Cancel, theme. */
import { Logo } from '../start/StartPage.tsx';
import type { ViewName } from '../state/AppState.ts';
import { appStore, useApp } from '../state/appStore.ts';
import { closeDocument, exportReport, openFromDisk, saveDocument } from '../state/docActions.ts';
import { redo, undo } from '../state/editActions.ts';
import { toggleTheme } from '../commands/commands.ts';
import { Icon } from './Icon.tsx';
import { RunButton } from './RunButton.tsx';
import { openConfigExport } from '../handover/configExportActions.ts';
import { openTrace } from '../handover/traceActions.ts';

const VIEWS: [ViewName, string, string][] = [
  ['editor', 'Topology', '1'],
  ['plant', 'Plant 3D', '2'],
  ['split', 'Split', '3'],
  ['results', 'Results', '4'],
  ['planner', 'Planner', '5'],
  ['schedule', 'Schedules', '6'],
];

export function TopBar() {
  const doc = useApp((s) => s.doc);
  const canUndo = useApp((s) => s.past.length > 0);
  const canRedo = useApp((s) => s.future.length > 0);
  const undoLabel = useApp((s) => s.past[s.past.length - 1]?.label);
  const redoLabel = useApp((s) => s.future[s.future.length - 1]?.label);
  const view = useApp((s) => s.view);
  const hasReport = useApp((s) => s.lastReport !== null);
  const theme = useApp((s) => s.theme);
  const dirty = !!doc && doc.saved !== doc.scenario;
  return (
    <header className="topbar">
      <button className="brand" onClick={closeDocument} title="Back to the scenario library">
        <Logo />
        <span>NetLoom</span>
      </button>
      {doc && (
        <>
          <div className="doc-name" data-testid="doc-name" title={doc.source.kind === 'file' && doc.source.path ? doc.source.path : doc.name}>
            {dirty && <span className="dirty-dot" title="unsaved changes" data-testid="dirty" />}
            {doc.name}
          </div>
          <div className="btn-group">
            <button className="icon-btn" onClick={() => void openFromDisk()} title="Open… (Ctrl+O)">
              <Icon name="open" />
            </button>
            <button className="icon-btn" onClick={() => void saveDocument(false)} title="Save (Ctrl+S)" data-testid="save">
              <Icon name="save" />
            </button>
            <button className="icon-btn" onClick={undo} disabled={!canUndo} title={`Undo ${undoLabel ?? ''} (Ctrl+Z)`} data-testid="undo">
              <Icon name="undo" />
            </button>
            <button className="icon-btn" onClick={redo} disabled={!canRedo} title={`Redo ${redoLabel ?? ''} (Ctrl+Shift+Z)`} data-testid="redo">
              <Icon name="redo" />
            </button>
            <button
              className="icon-btn"
              onClick={() => void exportReport('json')}
              disabled={!hasReport}
              title="Export the report (JSON)"
              data-testid="export-report"
            >
              <Icon name="export" />
            </button>
            <button className="icon-btn" onClick={openConfigExport} title="Export switch configuration… (NETCONF / RESTCONF)" data-testid="export-config">
              <Icon name="switchConfig" />
            </button>
            <button className="icon-btn" onClick={openTrace} title="Record per-packet trace… (CSV, pcapng)" data-testid="record-trace">
              <Icon name="trace" />
            </button>
          </div>
          <nav className="views" role="tablist">
            {VIEWS.map(([v, label, key]) => (
              <button
                key={v}
                role="tab"
                aria-selected={view === v}
                className={view === v ? 'on' : ''}
                onClick={() => appStore.set({ view: v, fileProblems: null })}
                title={`${label} (${key})`}
                data-testid={`view-${v}`}
              >
                {label}
              </button>
            ))}
          </nav>
          <div className="spacer" />
          <RunButton />
        </>
      )}
      {!doc && <div className="spacer" />}
      <button className="icon-btn" onClick={() => appStore.set({ paletteOpen: true })} title="Command palette (Ctrl+K)">
        <Icon name="command" />
      </button>
      <button className="icon-btn" onClick={toggleTheme} title={`Switch to the ${theme === 'dark' ? 'light' : 'dark'} theme (T)`} data-testid="theme">
        <Icon name={theme === 'dark' ? 'sun' : 'moon'} />
      </button>
      <button className="icon-btn" onClick={() => appStore.set({ helpOpen: true })} title="Help and shortcuts (?)">
        <Icon name="help" />
      </button>
    </header>
  );
}
