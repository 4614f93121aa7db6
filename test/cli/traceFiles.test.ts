/** The files a scenario names, through the real `netloom` command: refusals exit 2 with the JSON path, never the file's content, never a hang. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { netloom, ROOT, traceScenario } from './netloom.ts';

const tmp = mkdtempSync(join(tmpdir(), 'netloom-trace-'));
const dir = join(tmp, 'a', 'b', 'c', 'd'); // deep enough for ../../../../etc/passwd to reach /etc from anywhere below /tmp
mkdirSync(dir, { recursive: true });
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const scenario = (file: string) => traceScenario({ file });
const write = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
/** netloom with a time limit: a blocked read must fail the test, not hang it */
const timed = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['bin/netloom.mjs', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
  expect(r.signal, `netloom ${args.join(' ')} hung`).toBe(null);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const refused = (r: { code: number | null; stderr: string }, message: RegExp) => {
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(r.stderr).not.toMatch(/root:|daemon:|nologin/); // nothing of /etc/passwd
};

describe('netloom and the trace files a scenario names', () => {
  it('"../../../../etc/passwd": exit 2, the JSON path, not a byte of the file', () => {
    const r = netloom('validate', write('passwd.json', scenario('../../../../etc/passwd')));
    refused(r, /flows\[0\]\.pattern\.file: "\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd" leaves the scenario's folder/);
    refused(netloom('run', write('abs.json', scenario('/etc/passwd'))), /flows\[0\]\.pattern\.file: "\/etc\/passwd" is an absolute path/);
  });

  it('/dev/zero, /dev/stdin and a FIFO are refused at once, also behind a symbolic link', () => {
    symlinkSync('/dev/zero', join(dir, 'zero.csv'));
    refused(
      timed('validate', write('zero.json', scenario('zero.csv'))),
      /flows\[0\]\.pattern\.file: "zero\.csv" is a symbolic link to a file outside the scenario's folder/,
    );
    refused(timed('validate', write('stdin.json', scenario('/dev/stdin'))), /"\/dev\/stdin" is an absolute path/);
    execFileSync('mkfifo', [join(dir, 'pipe.csv')]);
    refused(timed('run', write('fifo.json', scenario('pipe.csv'))), /flows\[0\]\.pattern\.file: "pipe\.csv" is a FIFO \(named pipe\), not a regular file/);
    refused(timed('validate', join(dir, 'pipe.csv')), /netloom: .*pipe\.csv is a FIFO \(named pipe\), not a regular file/);
    refused(timed('validate', '/dev/zero'), /netloom: \/dev\/zero is a device, not a regular file/);
  });

  it('"constructor" is a missing file; every other problem of the scenario is listed with it', () => {
    const s = scenario('constructor');
    s.links[0].rate = 'fast';
    const r = netloom('validate', write('ctor.json', s));
    refused(r, /has 2 problems:\n\s+flows\[0\]\.pattern\.file: "constructor" cannot be found in .*\n\s+links\[0\]\.rate: expected a data rate/);
  });

  it('a scenario that is null, a list, a number, or holds odd flows: exit 2 with paths, no TypeError', () => {
    refused(netloom('validate', write('null.json', 'null')), /\$: expected a scenario object, got null/);
    refused(netloom('validate', write('list.json', '[]')), /\$: expected a scenario object, got a list/);
    refused(netloom('run', write('number.json', '3')), /\$: expected a scenario object, got number/);
    refused(netloom('validate', write('flows.json', { ...scenario('x'), flows: 'none' })), /flows: expected a list/);
    refused(netloom('validate', write('odd.json', { ...scenario('x'), flows: [null, 7, { pattern: null }] })), /flows\[0\]: .*\n.*flows\[1\]: /);
    for (const r of ['null.json', 'list.json', 'odd.json'].map((f) => netloom('validate', join(dir, f))))
      expect(r.stderr).not.toMatch(/TypeError|internal error/);
  });

  it('replays the example capture: the gzip file next to it, each packet at its size', () => {
    const r = netloom('run', 'scenarios/examples/udp-replay.json', '--json', '-');
    expect(r.code).toBe(0);
    const replay = JSON.parse(r.stdout).flows.find((f: { id: string }) => f.id === 'replay');
    expect(replay.sent).toBe(32);
    // alone on its path: 3 links of (size + 26 B) at 100 Mb/s, 2 switches of 4 us, 110 m of copper at 0.66 c (per link to the ps)
    const alone = (size: number) => (3 * (size + 26) * 8) / 1e8 + 2 * 4e-6 + 110 / (0.66 * 299_792_458);
    expect(replay.latency.min).toBeCloseTo(alone(100), 11);
    expect(replay.latency.max).toBeCloseTo(alone(1400), 11);
  });
});
