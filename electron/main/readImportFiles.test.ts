import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImportFiles } from './readImportFiles.ts';

const dir = mkdtempSync(join(tmpdir(), 'netloom-import-files-'));
writeFileSync(join(dir, 'b.xml'), '<b/>');
writeFileSync(join(dir, 'a.XML'), '<a/>');
writeFileSync(join(dir, 'notes.txt'), 'not a device');
mkdirSync(join(dir, 'sub.xml'));
const gsdml = { folder: true, multiple: false, extensions: ['xml'] };

describe('readImportFiles', () => {
  it('a folder gives its files of the extensions asked for, by name, not its subfolders or other files', () => {
    const files = readImportFiles([dir], gsdml);
    expect(files.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([
      ['a.XML', '<a/>'],
      ['b.xml', '<b/>'],
    ]);
  });

  it('files are read as bytes, whatever their extension', () => {
    expect(readImportFiles([join(dir, 'notes.txt')], { folder: false, multiple: true, extensions: ['csv'] })[0].bytes).toBeInstanceOf(Uint8Array);
  });

  it('refuses a folder without such files, and files larger together than the limit, saying which', () => {
    expect(() => readImportFiles([dir], { ...gsdml, extensions: ['pcap'] })).toThrow(/holds no \.pcap file/);
    expect(() => readImportFiles([dir], gsdml, 7)).toThrow('0 MB of files: import at most 0 MB at once');
  });
});
