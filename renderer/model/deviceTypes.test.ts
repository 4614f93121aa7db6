import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { MENU_COMMANDS } from '../../electron/common/ipc.ts';
import { NODE_TYPES } from '../../sim/api/index.ts';
import { DEVICES, PALETTE_GROUPS } from './deviceTypes.ts';

describe('device types', () => {
  test('every node type of the core has a look and sits in the palette', () => {
    const inPalette = new Set(PALETTE_GROUPS.flatMap((g) => g.types));
    for (const t of NODE_TYPES) {
      expect(DEVICES[t], t).toBeDefined();
      if (t !== 'host') expect(inPalette.has(t), t).toBe(true);
    }
  });

  test('every Electron menu command has a renderer action of the same id', () => {
    const src = readFileSync(new URL('../commands/commands.ts', import.meta.url), 'utf8');
    for (const c of MENU_COMMANDS) expect(src.includes(`'${c}'`), c).toBe(true);
  });
});
