import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { DocumentState } from '../common/ipc.ts';
import { createMainHandlers, type MainDeps } from './createMainHandlers.ts';
import { RecentFiles } from './RecentFiles.ts';
import { RecoveryStore } from './RecoveryStore.ts';

function setup(answers: { open?: string | null; save?: string | null } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'netloom-main-'));
  const states: DocumentState[] = [];
  const recentLists: string[][] = [];
  let closed = 0;
  const deps: MainDeps = {
    showOpenDialog: async () => answers.open ?? null,
    showSaveDialog: async () => answers.save ?? null,
    recovery: new RecoveryStore(join(dir, 'recovery')),
    recent: new RecentFiles(join(dir, 'recent.json')),
    onDocumentState: (s) => states.push(s),
    onRecentChanged: (l) => recentLists.push(l),
    closeWindow: () => void closed++,
    appInfo: () => ({ version: '0.1.0', electron: 'test', platform: 'linux' }),
  };
  return { dir, api: createMainHandlers(deps), states, recentLists, closed: () => closed };
}

describe('main process handlers', () => {
  test('Save As asks for a path, writes there and adds it to Open Recent', async () => {
    const t = setup();
    const target = join(t.dir, 'plant.json');
    const s = setup({ save: target });
    const r = await s.api.saveFile({ path: null, suggestedName: 'plant.json', text: '{"a":1}' });
    expect(r).toEqual({ path: target, name: 'plant.json' });
    expect(readFileSync(target, 'utf8')).toBe('{"a":1}');
    expect(await s.api.recentFiles()).toEqual([target]);
  });

  test('Save to a known path writes without a dialog; a cancelled dialog writes nothing', async () => {
    const s = setup({ save: null });
    const target = join(s.dir, 'known.json');
    expect(await s.api.saveFile({ path: target, suggestedName: 'known.json', text: 'v1' })).toEqual({ path: target, name: 'known.json' });
    expect(readFileSync(target, 'utf8')).toBe('v1');
    expect(await s.api.saveFile({ path: null, suggestedName: 'other.json', text: 'v2' })).toBeNull();
  });

  test('Open reads the chosen file; cancelling opens nothing', async () => {
    const s0 = setup();
    const f = join(s0.dir, 'cell.json');
    writeFileSync(f, '{"name":"cell"}');
    const s = setup({ open: f });
    expect(await s.api.openFile()).toEqual({ path: f, name: 'cell.json', text: '{"name":"cell"}' });
    expect(await setup({ open: null }).api.openFile()).toBeNull();
  });

  test('recovery round trip through the handlers', async () => {
    const s = setup();
    expect(await s.api.readRecovery()).toBeNull();
    const e = { text: '{}', name: 'a.json', path: null, savedAt: 5 };
    await s.api.writeRecovery(e);
    expect(await s.api.readRecovery()).toEqual(e);
    await s.api.clearRecovery();
    expect(await s.api.readRecovery()).toBeNull();
  });

  test('document state and close reach the window', async () => {
    const s = setup();
    await s.api.setDocumentState({ dirty: true, name: 'a.json', path: null });
    await s.api.closeWindow();
    expect(s.states).toEqual([{ dirty: true, name: 'a.json', path: null }]);
    expect(s.closed()).toBe(1);
  });
});
