/**
 * Named user intents, shared by the toolbar, the Electron menus (same ids), keyboard
 * shortcuts and the command palette (STYLE.md).
 */
import type { MenuCommand } from '../../electron/common/ipc.ts';
import { elkAutoLayout } from '../editor/layout/elkAutoLayout.ts';
import type { ViewName } from '../state/AppState.ts';
import { appStore } from '../state/appStore.ts';
import { getPlatform } from '../platform/getPlatform.ts';
import { closeImport, openImport } from '../importer/importActions.ts';
import { importStore } from '../importer/importStore.ts';
import { closeDocument, exportReport, newDocument, openFromDisk, openRecent, saveDocument } from '../state/docActions.ts';
import { deleteSelection, redo, selectAll, undo } from '../state/editActions.ts';
import { acceptPlan, cancelPlan, exportPlan, showPlanChanges, startPlan } from '../state/planActions.ts';
import { cancelRun, startRun } from '../state/runActions.ts';
import { closeConfigExport, openConfigExport } from '../handover/configExportActions.ts';
import { configExportStore } from '../handover/configExportStore.ts';
import { closeTrace, openTrace } from '../handover/traceActions.ts';
import { traceStore } from '../handover/traceStore.ts';
import { applyGateSchedule, exportGateYang, startSchedule } from '../state/scheduleActions.ts';

export interface Command {
  id: MenuCommand | `app.${string}`;
  label: string;
  /** shown in menus and help, e.g. "Ctrl+S" */
  keys?: string;
  /** keyboard match; `mod` is Ctrl or ⌘ */
  key?: { key: string; mod?: boolean; shift?: boolean };
  needsDoc?: boolean;
  run(): void;
}

const hasDoc = () => appStore.get().doc !== null;
const setView = (view: ViewName) => () => appStore.set({ view, fileProblems: null });

export function toggleTheme(): void {
  const theme = appStore.get().theme === 'dark' ? 'light' : 'dark';
  appStore.set({ theme });
  try {
    localStorage.setItem('netloom.theme', theme);
  } catch {
    /* ignore */
  }
}

export function runAutoLayout(): void {
  void elkAutoLayout();
}

export const COMMANDS: Command[] = [
  { id: 'file.new', label: 'New scenario', keys: 'Ctrl+N', key: { key: 'n', mod: true }, run: newDocument },
  { id: 'file.open', label: 'Open…', keys: 'Ctrl+O', key: { key: 'o', mod: true }, run: () => void openFromDisk() },
  { id: 'file.import', label: 'Import… (topology, GSDML devices, a capture’s traffic)', run: () => openImport() },
  { id: 'file.save', label: 'Save', keys: 'Ctrl+S', key: { key: 's', mod: true }, needsDoc: true, run: () => void saveDocument(false) },
  { id: 'file.saveAs', label: 'Save as…', keys: 'Ctrl+Shift+S', key: { key: 's', mod: true, shift: true }, needsDoc: true, run: () => void saveDocument(true) },
  { id: 'file.exportReport', label: 'Export report (JSON)', needsDoc: true, run: () => void exportReport('json') },
  { id: 'file.exportCsv', label: 'Export results (CSV)', needsDoc: true, run: () => void exportReport('csv') },
  { id: 'file.exportReportHtml', label: 'Export report (HTML)', needsDoc: true, run: () => void exportReport('html') },
  { id: 'file.exportReportPdf', label: 'Export report (PDF, desktop app)', needsDoc: true, run: () => void exportReport('pdf') },
  { id: 'app.close', label: 'Close scenario (back to the library)', needsDoc: true, run: closeDocument },
  { id: 'edit.undo', label: 'Undo', keys: 'Ctrl+Z', key: { key: 'z', mod: true }, needsDoc: true, run: undo },
  { id: 'edit.redo', label: 'Redo', keys: 'Ctrl+Shift+Z / Ctrl+Y', key: { key: 'z', mod: true, shift: true }, needsDoc: true, run: redo },
  { id: 'app.redoY', label: 'Redo', key: { key: 'y', mod: true }, needsDoc: true, run: redo },
  { id: 'edit.delete', label: 'Delete selection', keys: 'Delete', key: { key: 'Delete' }, needsDoc: true, run: deleteSelection },
  { id: 'app.deleteBackspace', label: 'Delete selection', key: { key: 'Backspace' }, needsDoc: true, run: deleteSelection },
  { id: 'edit.selectAll', label: 'Select all devices and links', keys: 'Ctrl+A', key: { key: 'a', mod: true }, needsDoc: true, run: selectAll },
  {
    id: 'app.connect',
    label: 'Connect devices (click two)',
    keys: 'C',
    key: { key: 'c' },
    needsDoc: true,
    run: () => appStore.set((s) => ({ connectMode: !s.connectMode, connectFrom: null })),
  },
  { id: 'view.editor', label: 'Show the topology editor', keys: '1', key: { key: '1' }, needsDoc: true, run: setView('editor') },
  { id: 'view.plant', label: 'Show the 3D plant', keys: '2', key: { key: '2' }, needsDoc: true, run: setView('plant') },
  { id: 'view.split', label: 'Show editor and plant side by side', keys: '3', key: { key: '3' }, needsDoc: true, run: setView('split') },
  { id: 'view.results', label: 'Show the results', keys: '4', key: { key: '4' }, needsDoc: true, run: setView('results') },
  { id: 'view.planner', label: 'Show the upgrade planner', keys: '5', key: { key: '5' }, needsDoc: true, run: setView('planner') },
  { id: 'view.schedule', label: 'Show the gate schedules (TSN)', keys: '6', key: { key: '6' }, needsDoc: true, run: setView('schedule') },
  { id: 'app.planChanges', label: 'Highlight the plan’s changes in the views (on/off)', needsDoc: true, run: () => showPlanChanges() },
  {
    id: 'edit.addWorkload',
    label: 'Add AI workload… (vision, AI control, maintenance, LLM, plant traffic)',
    keys: 'W',
    key: { key: 'w' },
    needsDoc: true,
    run: () => appStore.set({ workloadOpen: true }),
  },
  { id: 'view.autoLayout', label: 'Auto layout', keys: 'L', key: { key: 'l' }, needsDoc: true, run: runAutoLayout },
  { id: 'view.toggleTheme', label: 'Toggle light/dark theme', keys: 'T', key: { key: 't' }, run: toggleTheme },
  { id: 'run.start', label: 'Run the simulation', keys: 'Ctrl+Enter / F5', key: { key: 'Enter', mod: true }, needsDoc: true, run: () => startRun() },
  { id: 'app.runF5', label: 'Run the simulation', key: { key: 'F5' }, needsDoc: true, run: () => startRun() },
  { id: 'run.cancel', label: 'Cancel the run', keys: 'Esc', needsDoc: true, run: cancelRun },
  { id: 'plan.start', label: 'Plan the cheapest upgrade', needsDoc: true, run: () => void startPlan() },
  { id: 'app.planCancel', label: 'Cancel planning', needsDoc: true, run: cancelPlan },
  { id: 'plan.accept', label: 'Accept the plan (replace the scenario with the upgraded one)', needsDoc: true, run: acceptPlan },
  { id: 'plan.export', label: 'Export the plan (JSON)', needsDoc: true, run: () => void exportPlan() },
  { id: 'tsn.synthesize', label: 'Synthesize gate schedules (802.1Qbv) for the time-critical flows', needsDoc: true, run: () => void startSchedule() },
  { id: 'tsn.apply', label: 'Apply the gate schedules (gate lists on the ports, offsets on the flows)', needsDoc: true, run: applyGateSchedule },
  { id: 'tsn.exportYang', label: 'Export the gate schedules as 802.1Qcw YANG (JSON)', needsDoc: true, run: () => void exportGateYang() },
  {
    id: 'app.palette',
    label: 'Command palette',
    keys: 'Ctrl+K',
    key: { key: 'k', mod: true },
    run: () => appStore.set((s) => ({ paletteOpen: !s.paletteOpen })),
  },
  {
    id: 'app.find',
    label: 'Find a device, link or flow by name',
    keys: 'Ctrl+F',
    key: { key: 'f', mod: true },
    needsDoc: true,
    run: () => appStore.set({ findOpen: true }),
  },
  { id: 'help.shortcuts', label: 'Keyboard shortcuts', keys: '?', key: { key: '?' }, run: () => appStore.set((s) => ({ helpOpen: !s.helpOpen })) },
  { id: 'help.about', label: 'About NetLoom', run: () => appStore.set({ helpOpen: true }) },
  // hand-over from the app (issue 11): what `netloom config` and `netloom run --trace-out --pcap-out` write
  { id: 'file.exportSwitchConfig', label: 'Export switch configuration… (NETCONF / RESTCONF, .zip)', needsDoc: true, run: openConfigExport },
  { id: 'run.recordTrace', label: 'Record per-packet trace… (CSV, pcapng)', needsDoc: true, run: openTrace },
];

export function runCommand(id: string): void {
  if (id.startsWith('file.openRecent:')) {
    void openRecent(id.slice('file.openRecent:'.length));
    return;
  }
  if (id === 'file.saveThenClose') {
    void saveDocument(false).then(async (ok) => {
      if (ok) await getPlatform().closeWindow();
    });
    return;
  }
  // from a native menu while a text field has focus, undo/redo/select-all belong to the field
  const native: Record<string, string> = { 'edit.undo': 'undo', 'edit.redo': 'redo', 'edit.selectAll': 'selectAll' };
  if (native[id] && isTyping(document.activeElement)) {
    document.execCommand(native[id]);
    return;
  }
  const c = COMMANDS.find((k) => k.id === id);
  if (c && (!c.needsDoc || hasDoc())) c.run();
}

const isTyping = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

export function handleKey(e: KeyboardEvent): boolean {
  const mod = e.ctrlKey || e.metaKey;
  if (e.key === 'Escape') {
    const s = appStore.get();
    if (importStore.get().dialog.step !== 'closed') closeImport();
    else if (configExportStore.get().dialog.step !== 'closed') closeConfigExport();
    else if (traceStore.get().dialog.step !== 'closed') closeTrace();
    else if (s.paletteOpen || s.helpOpen || s.workloadOpen || s.findOpen)
      appStore.set({ paletteOpen: false, helpOpen: false, workloadOpen: false, findOpen: false });
    else if (s.run.status === 'running') cancelRun();
    else if (s.plan.status === 'running' && s.view === 'planner') cancelPlan();
    else if (s.connectMode) appStore.set({ connectMode: false, connectFrom: null });
    else if (!isTyping(e.target)) appStore.set({ selection: { nodes: [], links: [], flow: null } });
    return true;
  }
  const typing = isTyping(e.target);
  for (const c of COMMANDS) {
    const k = c.key;
    if (!k) continue;
    if (e.key.toLowerCase() !== k.key.toLowerCase() && e.key !== k.key) continue;
    if (!!k.mod !== mod || (k.mod && !!k.shift !== e.shiftKey)) continue;
    // single keys and Delete belong to text fields while one has focus; undo there is the field's own
    if (typing && (!k.mod || ['z', 'y', 'a'].includes(k.key))) continue;
    if (e.altKey) continue;
    if (c.needsDoc && !hasDoc()) continue;
    e.preventDefault();
    c.run();
    return true;
  }
  return false;
}
