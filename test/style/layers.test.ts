/**
 * DESIGN.md's layer rule, checked by dependency-cruiser with the table in .dependency-cruiser.cjs:
 * the project meets it, and the check fails on each kind of import the rule forbids (tried on a
 * small tree written here, checked with the same configuration).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const LAYERS = ['sim', 'cli', 'lib', 'node', 'renderer', 'electron'];

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

/** The violations dependency-cruiser finds in `folders` of `cwd`, as "rule: from → to". */
function violations(cwd: string, folders: string[]): string[] {
  const r = spawnSync(process.execPath, [DEPCRUISE, ...folders, '--config', CONFIG, '--output-type', 'json'], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.stdout.trim() === '') throw new Error(`dependency-cruiser gave no result (exit ${r.status}): ${r.stderr}`);
  const { summary } = JSON.parse(r.stdout) as { summary: { violations: Violation[] } };
  return summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
}

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'netloom-layers-'));
  made.push(dir);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', allowImportingTsExtensions: true } }),
  );
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('the layer rule (DESIGN.md), as data in .dependency-cruiser.cjs', () => {
  it('holds for the whole project: no import points up or around the façade', { timeout: 120_000 }, () => {
    expect(violations(ROOT, LAYERS)).toEqual([]);
  });

  it('fails on an import up, around the façade, from sim to Node, a value where only types may go, and a cycle', { timeout: 120_000 }, () => {
    const dir = tree({
      'sim/api/index.ts': "export { run } from '../engine/run.ts';\n",
      'sim/engine/run.ts': "import { readFileSync } from 'node:fs';\nexport const run = () => readFileSync;\n",
      'sim/core/clock.ts': "import { run } from '../api/index.ts';\nexport const tick = run;\n",
      'sim/scenario/model.ts': 'export interface Model { n: number }\nexport const EMPTY = { n: 0 };\n',
      'sim/net/typesOnly.ts': "import type { Model } from '../scenario/model.ts';\nexport const size = (m: Model) => m.n;\n",
      'sim/net/value.ts': "import { EMPTY } from '../scenario/model.ts';\nexport const empty = EMPTY;\n",
      'sim/plan/a.ts': "import { b } from './b.ts';\nexport const a = () => b;\n",
      'sim/plan/b.ts': "import { a } from './a.ts';\nexport const b = () => a;\n",
      'renderer/view.ts': "import { run } from '../sim/engine/run.ts';\nimport { run as ok } from '../sim/api/index.ts';\nexport const both = [run, ok];\n",
      'renderer/view.test.ts': "import { run } from '../sim/engine/run.ts';\nexport const seen = run;\n",
    });
    expect(violations(dir, ['sim', 'renderer'])).toEqual([
      'layer:renderer: renderer/view.ts → sim/engine/run.ts',
      'layer:sim/core: sim/core/clock.ts → sim/api/index.ts',
      'layer:sim/net:types-only: sim/net/value.ts → sim/scenario/model.ts',
      'no-circular: sim/plan/a.ts → sim/plan/b.ts',
      'sim-is-pure: sim/engine/run.ts → fs',
    ]);
  });
});
