/** Runs the real `netloom` command (bin/netloom.mjs) in a child process. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function netloom(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['bin/netloom.mjs', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A report without its wall-clock time, the one field allowed to differ between runs. */
export function withoutWallTime(json: string): string {
  return json.replace(/"wallSeconds": [0-9.e+-]+/, '"wallSeconds": 0');
}
