/**
 * The command line behaves like its neighbours: --help for every command, --version from
 * package.json, "-" for stdin, "--" to end the options, validate --json, NO_COLOR and FORCE_COLOR,
 * and messages that name the file the user gave.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_SPECS } from '../../cli/commandSpecs.ts';
import { netloomWith, ROOT, traceScenario } from './netloom.ts';

const R1 = 'scenarios/reference/r1-line-cell.json';
const tmp = mkdtempSync(join(tmpdir(), 'netloom-conventions-'));
const netloom = (args: string[], o: { input?: string; env?: Record<string, string>; cwd?: string } = {}) =>
  netloomWith({ ...o, env: { NO_COLOR: undefined, FORCE_COLOR: undefined, ...o.env } }, ...args); // colour as the environment says, nothing inherited

describe('help and version', () => {
  it.each(Object.keys(COMMAND_SPECS))('netloom %s --help prints its usage and flags, exit 0, wherever --help is', (command) => {
    for (const args of [
      [command, '--help'],
      [command, R1, '-h'],
      ['help', command],
    ]) {
      const r = netloom(args);
      expect(r.code, r.stderr).toBe(0);
      // import and export name what they bring first; catalog reads no file
      expect(r.stdout).toMatch(new RegExp(`^usage: netloom ${command} (((topology|inet)(\\|[a-z|]+)? )?FILE|\\[--)`));
      for (const flag of Object.keys(COMMAND_SPECS[command as keyof typeof COMMAND_SPECS].flags)) expect(r.stdout).toContain(`--${flag}`);
    }
  });

  it('--version is the version in package.json', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(netloom(['--version']).stdout).toBe(`netloom ${version}\n`);
    expect(netloom(['version']).stdout).toBe(`netloom ${version}\n`);
  });

  it('--help lists every command', () => {
    const r = netloom(['--help']);
    expect(r.code).toBe(0);
    for (const c of Object.keys(COMMAND_SPECS)) expect(r.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
  });
});

describe('files', () => {
  it('"-" reads the scenario from standard input, its trace files from the current folder', () => {
    const r = netloom(['validate', '-'], { input: readFileSync(join(ROOT, R1), 'utf8') });
    expect(r.stdout).toBe('<stdin>: valid — "R1 line cell (ns-3 reference)", 38 nodes, 37 links, 26 flows\n');
    writeFileSync(join(tmp, 'sends.csv'), 'time_us\n0\n100\n');
    const trace = traceScenario({ file: 'sends.csv', unit: 'us' });
    const run = netloom(['run', '-', '--json', '-'], { input: JSON.stringify(trace), cwd: tmp });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).flows[0].sent).toBe(2);
  });

  it('a problem in a scenario on stdin names <stdin>; one in a file names the file as given, whatever the flags around it', () => {
    const bad = '{"format": "netloom.scenario/v1"}';
    const stdin = netloom(['validate', '-'], { input: bad });
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toMatch(/^netloom: <stdin> has \d+ problems:/);
    writeFileSync(join(tmp, 'bad.json'), bad);
    expect(netloom(['run', '--seed', '3', join(tmp, 'bad.json')]).stderr).toMatch(new RegExp(`^netloom: ${join(tmp, 'bad.json')} has \\d+ problems:`));
  });

  it('"--" ends the options: what follows is a file name even when it starts with dashes', () => {
    const r = netloom(['validate', '--', '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('netloom: cannot find the scenario file --json\n');
  });
});

describe('validate --json', () => {
  it("prints the verdict as JSON: the scenario's figures when valid (exit 0), every problem with its path when not (exit 2)", () => {
    const ok = netloom(['validate', R1, '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({
      file: R1,
      valid: true,
      issues: [],
      scenario: { name: 'R1 line cell (ns-3 reference)', nodes: 38, links: 37, flows: 26 },
    });
    const s = JSON.parse(readFileSync(join(ROOT, R1), 'utf8'));
    s.links[3].rate = 'fast';
    s.flows[0].to = 'EDGE9';
    writeFileSync(join(tmp, 'two.json'), JSON.stringify(s));
    const bad = netloom(['validate', '--json', join(tmp, 'two.json')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('');
    const out = JSON.parse(bad.stdout);
    expect(out.valid).toBe(false);
    expect(out.issues.map((i: { path: string }) => i.path)).toEqual(['links[3].rate']);
  });
});

describe('colour', () => {
  const failing = join(tmp, 'strict.json');
  const s = JSON.parse(readFileSync(join(ROOT, R1), 'utf8'));
  s.flows[2].requirement = { latency: '10 us' };
  writeFileSync(failing, JSON.stringify(s));
  const ansi = /\x1b\[\d+m/;

  it('none in a pipe, none with NO_COLOR; FORCE_COLOR colours a pipe, FORCE_COLOR=0 does not', () => {
    const run = (env: Record<string, string>) => netloom(['run', failing, '--duration', '10ms'], { env }).stdout;
    expect(run({})).not.toMatch(ansi);
    expect(run({ NO_COLOR: '1' })).not.toMatch(ansi);
    expect(run({ FORCE_COLOR: '1' })).toMatch(ansi);
    expect(run({ FORCE_COLOR: '1', NO_COLOR: '1' })).toMatch(ansi);
    expect(run({ FORCE_COLOR: '0' })).not.toMatch(ansi);
  });
});
