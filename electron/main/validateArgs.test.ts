import { describe, expect, test } from 'vitest';
import { MAIN_API_METHODS } from '../common/ipc.ts';
import { IpcArgumentError, isRecoveryEntry, isRecoveryId, validateCall } from './validateArgs.ts';

const KEY = 'doc:0b6e4c1e-8f0a-4c57-9d7e-2f1a3b4c5d6e';

describe('IPC argument validation', () => {
  test('accepts the calls the renderer makes', () => {
    expect(() => validateCall('openFile', [])).not.toThrow();
    expect(() => validateCall('saveFile', [{ path: null, suggestedName: 'plant.json', text: '{}' }])).not.toThrow();
    expect(() => validateCall('saveFile', [{ path: '/home/u/plant.json', suggestedName: 'plant.json', text: '{}' }])).not.toThrow();
    expect(() => validateCall('exportFile', [{ suggestedName: 'r.csv', text: 'a,b\n', kind: 'csv' }])).not.toThrow();
    expect(() => validateCall('exportFile', [{ suggestedName: 'r.html', text: '<!doctype html>', kind: 'html' }])).not.toThrow();
    expect(() => validateCall('exportPdf', [{ suggestedName: 'r.pdf', html: '<!doctype html>' }])).not.toThrow();
    expect(() => validateCall('exportBytes', [{ suggestedName: 'r.csv.gz', bytes: new Uint8Array(3), kind: 'gz' }])).not.toThrow();
    expect(() => validateCall('setDocumentState', [{ dirty: true, name: 'plant.json', path: null, id: KEY }])).not.toThrow();
    expect(() => validateCall('setDocumentState', [{ dirty: false, name: 'NetLoom', path: null, id: null }])).not.toThrow();
    expect(() => validateCall('writeRecovery', [{ id: KEY, text: '{}', name: 'plant.json', path: null, savedAt: 1 }])).not.toThrow();
    expect(() =>
      validateCall('writeRecovery', [{ id: '/home/u/plant.json', text: '{}', name: 'plant.json', path: '/home/u/plant.json', savedAt: 1 }]),
    ).not.toThrow();
    expect(() => validateCall('listRecovery', [])).not.toThrow();
    expect(() => validateCall('readRecovery', [KEY])).not.toThrow();
    expect(() => validateCall('clearRecovery', ['/home/u/plant.json'])).not.toThrow();
    expect(() => validateCall('openPath', ['/home/u/plant.json'])).not.toThrow();
    expect(() => validateCall('openImportFiles', [{ folder: false, multiple: true, extensions: ['csv', 'pcapng'] }])).not.toThrow();
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
    ['exportPdf', [{ suggestedName: '../r.pdf', html: 'x' }]],
    ['exportBytes', [{ suggestedName: 'a.zip', bytes: 'PK', kind: 'zip' }]],
    ['exportBytes', [{ suggestedName: 'a.exe', bytes: new Uint8Array(1), kind: 'exe' }]],
    ['exportBytes', [{ suggestedName: '../a.zip', bytes: new Uint8Array(1), kind: 'zip' }]],
    ['exportPdf', [{ suggestedName: 'r.pdf', html: 'x', url: 'http://example.com' }]],
    ['setDocumentState', [{ dirty: 'yes', name: 'a', path: null, id: null }]],
    ['setDocumentState', [{ dirty: true, name: 'a', path: null }]],
    ['setDocumentState', [{ dirty: true, name: 'a', path: null, id: 'plant.json' }]],
    ['writeRecovery', [{ id: KEY, text: 'x', name: 'a.json', path: null, savedAt: Infinity }]],
    ['writeRecovery', [{ text: 'x', name: 'a.json', path: null, savedAt: 1 }]],
    ['writeRecovery', [null]],
    ['readRecovery', []],
    ['readRecovery', ['../../etc/passwd']],
    ['clearRecovery', ['doc:not-a-uuid']],
    ['clearRecovery', [KEY, KEY]],
    ['closeWindow', [true]],
    ['openImportFiles', [{ folder: true, multiple: false, extensions: ['../x'] }]],
    ['openImportFiles', [{ folder: true, multiple: false, extensions: ['xml'], path: '/etc' }]],
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

  test('recovery entries are checked field by field; the id is the path, or a doc: key when there is none', () => {
    expect(isRecoveryEntry({ id: KEY, text: '', name: 'a.json', path: null, savedAt: 0 })).toBe(true);
    expect(isRecoveryEntry({ id: KEY, text: '', name: '', path: null, savedAt: 0 })).toBe(false);
    expect(isRecoveryEntry({ id: '/a/b.json', text: '', name: 'b.json', path: '/a/b.json', savedAt: 0 })).toBe(true);
    expect(isRecoveryEntry({ id: '/a/other.json', text: '', name: 'b.json', path: '/a/b.json', savedAt: 0 })).toBe(false);
    expect(isRecoveryEntry({ id: '/a/b.json', text: '', name: 'b.json', path: null, savedAt: 0 })).toBe(false);
    expect(isRecoveryEntry({ id: KEY, text: '', name: 'b.json', path: '/a/b.json', savedAt: 0 })).toBe(false);
    expect(isRecoveryId('relative/b.json')).toBe(false);
    expect(isRecoveryId('doc:0B6E4C1E-8F0A-4C57-9D7E-2F1A3B4C5D6E')).toBe(false);
  });
});
