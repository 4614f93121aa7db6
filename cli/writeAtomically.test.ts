import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { UsageError } from './UsageError.ts';
import { writeAtomically } from './writeAtomically.ts';

describe('writeAtomically (the CLI’s writes)', () => {
  test('writes the whole text and leaves no temporary file', () => {
    const d = mkdtempSync(join(tmpdir(), 'netloom-cli-write-'));
    writeAtomically(join(d, 'report.json'), '{"format":"netloom.report/v1"}\n', '--json');
    expect(readFileSync(join(d, 'report.json'), 'utf8')).toBe('{"format":"netloom.report/v1"}\n');
    expect(readdirSync(d)).toEqual(['report.json']);
  });

  test('a write that fails is a usage error naming the flag, the file and the step', () => {
    const d = mkdtempSync(join(tmpdir(), 'netloom-cli-write-'));
    const target = join(d, 'missing', 'plan.json');
    expect(() => writeAtomically(target, 'x', '--out')).toThrow(UsageError);
    expect(() => writeAtomically(target, 'x', '--out')).toThrow(`--out: cannot write ${target}: creating the temporary file: ENOENT`);
  });
});
