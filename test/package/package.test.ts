/**
 * The npm package as a user gets it: its public surface matches the committed API report, and
 * the packed tarball (`npm pack`, which builds dist/ at `prepare`) installs into a new project
 * where a TypeScript ESM script importing 'netloom' type-checks and runs, and `netloom` starts.
 * The script is the one README shows; its figures must equal the CLI's for the same scenario.
 * Needs the npm registry for the package's dependency (zod). One test file: these steps rewrite
 * dist/ and must not run beside each other.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTypes } from '../../scripts/build-dist.mjs';
import { netloom, ROOT } from '../cli/netloom.ts';
import { SWEEP } from './sweepExample.ts';

const R1 = join(ROOT, 'scenarios/reference/r1-line-cell.json');

describe('the npm package', () => {
  beforeAll(() => buildTypes(), 120_000);

  it('has the public surface recorded in etc/netloom.api.md (npm run build -- --accept-api after changing it on purpose)', () => {
    expect(readFileSync(join(ROOT, 'dist/api/netloom.api.md'), 'utf8')).toBe(readFileSync(join(ROOT, 'etc/netloom.api.md'), 'utf8'));
  });

  it("packs, installs, type-checks and runs a script importing netloom, with the CLI's figures", () => {
    const dir = mkdtempSync(join(tmpdir(), 'netloom-pack-'));
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
    );
    const files: string[] = packed[0].files.map((f: { path: string }) => f.path);
    expect(files).toEqual(
      expect.arrayContaining([
        'bin/netloom.mjs',
        'dist/js/cli.mjs',
        'dist/js/index.mjs',
        'dist/js/THIRD-PARTY-LICENSES.txt',
        'dist/index.d.ts',
        'schema/netloom.report.v1.schema.json',
      ]),
    );
    expect(files.filter((f) => /^(sim|cli|lib|renderer|test)\//.test(f) || (f.endsWith('.ts') && !f.endsWith('.d.ts')))).toEqual([]);

    const app = join(dir, 'app');
    execFileSync('mkdir', [app]);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'sweep', private: true, type: 'module' }));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', join(dir, packed[0].filename)], { cwd: app, stdio: 'pipe' });
    copyFileSync(R1, join(app, 'r1-line-cell.json'));
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8'), 'README shows this script').toContain(`\`\`\`ts\n${SWEEP}\`\`\``);
    writeFileSync(join(app, 'sweep.ts'), SWEEP);
    expect(SWEEP.trimEnd().split('\n')).toHaveLength(15);
    const tsconfig = {
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        outDir: 'out',
        typeRoots: [join(ROOT, 'node_modules/@types')],
        types: ['node'],
      },
      files: ['sweep.ts'],
    };
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify(tsconfig));
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', app], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr, 'tsc').toBe('');

    const run = spawnSync(process.execPath, ['out/sweep.js'], { cwd: app, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(3 * 26);
    // the library's figures are the CLI's: R1 as it is (1 Gb/s backbone), one second
    const cli = JSON.parse(netloom('run', R1, '--duration', '1 s', '--json', '-').stdout);
    const expected = cli.flows.map((f: { id: string; latency: { p99: number } }) => `1 Gb/s    ${f.id.padEnd(11)} p99 ${(f.latency.p99 * 1e6).toFixed(1)} us`);
    expect(lines.slice(0, 26)).toEqual(expected);
    // a faster backbone: the camera's p99 falls
    const video = lines.filter((l) => / video /.test(l)).map((l) => Number(/p99 ([\d.]+)/.exec(l)![1]));
    expect(video[2]).toBeLessThan(video[0]);

    const bin = spawnSync(join(app, 'node_modules/.bin/netloom'), ['--version'], { encoding: 'utf8' });
    expect(bin.stdout.trim()).toBe(`netloom ${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}`);
    const validate = spawnSync(join(app, 'node_modules/.bin/netloom'), ['validate', 'r1-line-cell.json'], { cwd: app, encoding: 'utf8' });
    expect(validate.stdout).toContain('valid — "R1 line cell (ns-3 reference)"');
    expect(readdirSync(join(app, 'node_modules/netloom/dist/js')).some((f) => f.endsWith('.ts'))).toBe(false);
  }, 300_000);
});
