import { describe, expect, test } from 'vitest';
import { CRASH_BUTTONS, CrashLoopGuard, crashLoopDialog } from './CrashLoopGuard.ts';

describe('CrashLoopGuard', () => {
  test('the first crash reloads; a second within a minute stops the reloading', () => {
    const g = new CrashLoopGuard();
    expect(g.record(1_000)).toBe('reload');
    expect(g.record(1_000 + 59_999)).toBe('stop');
  });

  test('crashes more than a minute apart each reload', () => {
    const g = new CrashLoopGuard();
    expect(g.record(0)).toBe('reload');
    expect(g.record(60_000)).toBe('reload');
    expect(g.record(125_000)).toBe('reload');
    expect(g.record(130_000)).toBe('stop');
  });

  test('stays stopped while the renderer keeps crashing; a reload the user asks for counts afresh', () => {
    const g = new CrashLoopGuard();
    g.record(0);
    expect(g.record(10)).toBe('stop');
    expect(g.record(20)).toBe('stop');
    g.reset();
    expect(g.record(30)).toBe('reload');
  });

  test('the limit and the window are settings', () => {
    const g = new CrashLoopGuard(3, 10_000);
    expect([g.record(0), g.record(1), g.record(2)]).toEqual(['reload', 'reload', 'stop']);
  });
});

describe('crashLoopDialog', () => {
  test('says why it stopped, which work is kept and where', () => {
    const d = crashLoopDialog('crashed', 2, 60_000, '/home/u/.config/NetLoom/recovery', [
      { id: '/p/mill.json', name: 'mill.json', path: '/p/mill.json', savedAt: 2 },
      { id: 'doc:0b6e4c1e-8f0a-4c57-9d7e-2f1a3b4c5d6e', name: 'untitled.json', path: null, savedAt: 1 },
    ]);
    expect(d.message).toBe('NetLoom’s window stopped twice within 60 seconds (crashed), so it was not reloaded again.');
    expect(d.detail).toContain('Your unsaved work is kept: mill.json, untitled.json.');
    expect(d.detail).toContain('/home/u/.config/NetLoom/recovery');
    expect(d.buttons).toEqual([...CRASH_BUTTONS]);
    expect(d.buttons[d.cancelId]).toBe('Quit NetLoom');
  });

  test('with nothing to recover it says so', () => {
    expect(crashLoopDialog('oom', 2, 60_000, '/r', []).detail).toContain('No unsaved work was found to recover.');
  });
});
