/** Runs the real `netloom` command (bin/netloom.mjs) in a child process. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function netloom(...args: string[]): { code: number; stdout: string; stderr: string } {
  return netloomWith({ env: { NO_COLOR: '1' } }, ...args);
}

/** `netloom ARGS` with its standard input, environment (over this process's) and folder. */
export function netloomWith(
  o: { input?: string; env?: Record<string, string | undefined>; cwd?: string },
  ...args: string[]
): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [ROOT + 'bin/netloom.mjs', ...args], {
    cwd: o.cwd ?? ROOT,
    input: o.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, ...o.env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A report without its wall-clock time, the one field allowed to differ between runs. */
export function withoutWallTime(json: string): string {
  return json.replace(/"wallSeconds": [0-9.e+-]+/, '"wallSeconds": 0');
}

/** The smallest scenario that replays a trace: sensor A sends `pattern` to PLC B over one 100 Mb/s link, for 1 ms. */
export function traceScenario(pattern: Record<string, unknown>) {
  return {
    format: 'netloom.scenario/v1',
    name: 'replay',
    nodes: [
      { id: 'A', type: 'sensor' },
      { id: 'B', type: 'plc' },
    ],
    links: [{ from: 'A', to: 'B', rate: '100 Mb/s', delay: '0 s' }],
    flows: [{ id: 'replay', from: 'A', to: 'B', size: '100 B', pattern: { type: 'trace', ...pattern } }],
    simulation: { duration: '1 ms' },
  };
}
