import { describe, expect, test } from 'vitest';
import { MAIN_API_METHODS } from '../common/ipc.ts';
import { IpcArgumentError, isRecoveryEntry, validateCall } from './validateArgs.ts';

describe('IPC argument validation', () => {
  test('accepts the calls the renderer makes', () => {
    expect(() => validateCall('openFile', [])).not.toThrow();
    expect(() => validateCall('saveFile', [{ path: null, suggestedName: 'plant.json', text: '{}' }])).not.toThrow();
    expect(() => validateCall('saveFile', [{ path: '/home/u/plant.json', suggestedName: 'plant.json', text: '{}' }])).not.toThrow();
    expect(() => validateCall('exportFile', [{ suggestedName: 'r.csv', text: 'a,b\n', kind: 'csv' }])).not.toThrow();
    expect(() => validateCall('setDocumentState', [{ dirty: true, name: 'plant.json', path: null }])).not.toThrow();
    expect(() => validateCall('writeRecovery', [{ text: '{}', name: 'plant.json', path: null, savedAt: 1 }])).not.toThrow();
    expect(() => validateCall('openPath', ['/home/u/plant.json'])).not.toThrow();
  });

  test('rejects unknown methods', () => {
    expect(() => validateCall('readFile', ['/etc/passwd'])).toThrow(IpcArgumentError);
    expect(() => validateCall('__proto__', [])).toThrow(/no such method/);
  });

  test.each([
    ['openFile', ['/etc/passwd']],
    ['openPath', []],
    ['openPath', [42]],
    ['openPath', ['/tmp/a\0b']],
    ['saveFile', [{ path: null, suggestedName: '../../.bashrc', text: 'x' }]],
    ['saveFile', [{ path: null, suggestedName: 'a.json', text: 12 }]],
    ['saveFile', [{ path: null, suggestedName: 'a.json', text: 'x', mode: 0o777 }]],
    ['saveFile', [{ path: null, suggestedName: 'a.json', text: 'x' }, 'extra']],
    ['exportFile', [{ suggestedName: 'r.sh', text: 'x', kind: 'sh' }]],
    ['setDocumentState', [{ dirty: 'yes', name: 'a', path: null }]],
    ['writeRecovery', [{ text: 'x', name: 'a.json', path: null, savedAt: Infinity }]],
    ['writeRecovery', [null]],
    ['closeWindow', [true]],
  ])('rejects %s with %j', (method, args) => {
    expect(() => validateCall(method, args as unknown[])).toThrow(/invalid arguments/);
  });

  test('rejects text beyond 64 MB', () => {
    const big = 'x'.repeat(64 * 1024 * 1024 + 1);
    expect(() => validateCall('saveFile', [{ path: null, suggestedName: 'a.json', text: big }])).toThrow(IpcArgumentError);
  });

  test('every method of the contract has a validator', () => {
    for (const m of MAIN_API_METHODS) expect(() => validateCall(m, [Symbol('junk')])).toThrow(/invalid arguments/);
  });

  test('recovery entries are checked field by field', () => {
    expect(isRecoveryEntry({ text: '', name: 'a.json', path: null, savedAt: 0 })).toBe(true);
    expect(isRecoveryEntry({ text: '', name: '', path: null, savedAt: 0 })).toBe(false);
  });
});
