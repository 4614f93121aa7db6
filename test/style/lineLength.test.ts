/**
 * No source line past 160 characters, the formatter's line width: Biome breaks code there but not
 * strings, template literals, comments or JSX text, and has no rule that counts them. Break those by
 * hand (string pieces joined with `+` that give the same text; comments re-wrapped).
 * The sources are git's list (tracked, and new files not ignored), so generated output is left out.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MAX_LINE = 160;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCES = ['*.ts', '*.tsx', '*.js', '*.mjs', '*.cjs'];

/** `file:line (N characters)` for each line of `text` past MAX_LINE characters (code points, not bytes). */
function longLines(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => {
    const n = [...line].length;
    return n > MAX_LINE ? [`${file}:${i + 1} (${n} characters)`] : [];
  });
}

describe('line length', () => {
  it('counts characters, not bytes or UTF-16 units', () => {
    expect(longLines('a.ts', '—'.repeat(MAX_LINE))).toEqual([]);
    expect(longLines('a.ts', `${'𝑥'.repeat(MAX_LINE)}\n`)).toEqual([]);
    expect(longLines('a.ts', `ok\n${'x'.repeat(MAX_LINE + 1)}`)).toEqual([`a.ts:2 (${MAX_LINE + 1} characters)`]);
  });

  it(`no line of the TypeScript and JavaScript sources is longer than ${MAX_LINE} characters`, () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z', '--', ...SOURCES], { cwd: ROOT, encoding: 'utf8' })
      .split('\0')
      .filter((f) => f !== '' && existsSync(join(ROOT, f)));
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((f) => longLines(f, readFileSync(join(ROOT, f), 'utf8')))).toEqual([]);
  });
});
