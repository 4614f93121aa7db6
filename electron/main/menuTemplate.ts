/**
 * The native menus as data. Every app command goes to the renderer by id (the same named
 * actions its toolbar and keyboard use); accelerators are shown but left to the renderer's
 * own keymap (registerAccelerator: false), so text fields keep their native undo and Delete.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../common/ipc.ts';

export function menuTemplate(
  send: (c: MenuCommand) => void,
  recent: string[],
  opts: { mac: boolean; dev: boolean; openDocs(): void },
): MenuItemConstructorOptions[] {
  const cmd = (label: string, id: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => send(id),
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
  });
  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? recent.map((p) => ({ label: p, click: () => send(`file.openRecent:${p}`) }))
    : [{ label: 'No recent files', enabled: false }];
  return [
    ...(opts.mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        cmd('New', 'file.new', 'CmdOrCtrl+N'),
        cmd('Open…', 'file.open', 'CmdOrCtrl+O'),
        { label: 'Open Recent', submenu: recentItems },
        cmd('Import…', 'file.import'),
        { type: 'separator' },
        cmd('Save', 'file.save', 'CmdOrCtrl+S'),
        cmd('Save As…', 'file.saveAs', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        cmd('Export Report (JSON)…', 'file.exportReport'),
        cmd('Export Results (CSV)…', 'file.exportCsv'),
        cmd('Export Report (HTML)…', 'file.exportReportHtml'),
        cmd('Export Report (PDF)…', 'file.exportReportPdf'),
        cmd('Export Switch Configuration…', 'file.exportSwitchConfig'),
        { type: 'separator' },
        opts.mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        cmd('Undo', 'edit.undo', 'CmdOrCtrl+Z'),
        cmd('Redo', 'edit.redo', 'CmdOrCtrl+Shift+Z'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        cmd('Delete', 'edit.delete', 'Delete'),
        cmd('Select All', 'edit.selectAll', 'CmdOrCtrl+A'),
        { type: 'separator' },
        cmd('Add AI Workload…', 'edit.addWorkload', 'W'),
      ],
    },
    {
      label: 'View',
      submenu: [
        cmd('Topology Editor', 'view.editor', '1'),
        cmd('Plant 3D', 'view.plant', '2'),
        cmd('Split', 'view.split', '3'),
        cmd('Results', 'view.results', '4'),
        cmd('Planner', 'view.planner', '5'),
        cmd('Gate Schedules', 'view.schedule', '6'),
        { type: 'separator' },
        cmd('Auto Layout', 'view.autoLayout', 'L'),
        cmd('Toggle Light/Dark Theme', 'view.toggleTheme', 'T'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'togglefullscreen' },
        ...(opts.dev ? [{ type: 'separator' as const }, { role: 'reload' as const }, { role: 'toggleDevTools' as const }] : []),
      ],
    },
    {
      label: 'Run',
      submenu: [
        cmd('Run Simulation', 'run.start', 'CmdOrCtrl+Enter'),
        cmd('Cancel Run', 'run.cancel', 'Escape'),
        cmd('Record Per-Packet Trace…', 'run.recordTrace'),
        { type: 'separator' },
        cmd('Plan the Cheapest Upgrade', 'plan.start'),
        cmd('Accept Plan', 'plan.accept'),
        cmd('Export Plan…', 'plan.export'),
        { type: 'separator' },
        cmd('Synthesize Gate Schedules', 'tsn.synthesize'),
        cmd('Apply Gate Schedules', 'tsn.apply'),
        cmd('Export 802.1Qcw YANG (JSON)…', 'tsn.exportYang'),
      ],
    },
    {
      role: 'help',
      submenu: [
        cmd('Keyboard Shortcuts', 'help.shortcuts', '?'),
        { label: 'Documentation', click: opts.openDocs },
        { type: 'separator' },
        cmd('About NetLoom', 'help.about'),
      ],
    },
  ];
}
