import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, test } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../common/ipc.ts';
import { menuTemplate } from './menuTemplate.ts';

function items(t: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return t.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? items(i.submenu) : [])]);
}

describe('menus', () => {
  test('the issue’s menus are there: File (New, Open, Open Recent, Import, Save, Save As, Export…), Edit (Undo, Redo), View, Help', () => {
    const t = menuTemplate(() => {}, ['/a/plant.json'], { mac: false, dev: false, openDocs: () => {} });
    const labels = items(t).map((i) => i.label);
    for (const l of [
      'File',
      'New',
      'Open…',
      'Open Recent',
      'Import…',
      'Save',
      'Save As…',
      'Export Report (JSON)…',
      'Export Results (CSV)…',
      'Edit',
      'Undo',
      'Redo',
      'View',
      'Run',
      'Gate Schedules',
      'Synthesize Gate Schedules',
      'Export 802.1Qcw YANG (JSON)…',
      'About NetLoom',
      'Documentation',
    ])
      expect(labels).toContain(l);
  });

  test('menu items send their command ids; recent files send openRecent with the path', () => {
    const sent: MenuCommand[] = [];
    const t = menuTemplate((c) => sent.push(c), ['/a/plant.json'], { mac: false, dev: false, openDocs: () => {} });
    for (const i of items(t)) if (i.click && i.label !== 'Documentation') (i.click as () => void)();
    expect(sent).toContain('file.save');
    expect(sent).toContain('edit.undo');
    expect(sent).toContain('file.openRecent:/a/plant.json');
    for (const c of sent) expect(c.startsWith('file.openRecent:') || (MENU_COMMANDS as readonly string[]).includes(c)).toBe(true);
  });

  test('accelerators are displayed but left to the page, so text fields keep native undo and Delete', () => {
    const t = menuTemplate(() => {}, [], { mac: false, dev: false, openDocs: () => {} });
    for (const i of items(t)) if (i.accelerator) expect(i.registerAccelerator).toBe(false);
  });
});
