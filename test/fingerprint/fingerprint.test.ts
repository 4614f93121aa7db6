/**
 * Every scenario in scenarios/ run to a fixed time; a hash of its report (wall time aside) is
 * compared with the committed table. A change in any model shows here. When a change is
 * meant, re-baseline in a commit of its own saying why:
 *   UPDATE_FINGERPRINTS=1 npx vitest run test/fingerprint
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readScenarioFiles } from '../../node/readScenarioFiles.ts';
import { parseQuantity, runScenario } from '../../sim/api/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tableFile = fileURLToPath(new URL('./fingerprints.json', import.meta.url));
const table: Record<string, string> = JSON.parse(readFileSync(tableFile, 'utf8'));
const update = process.env.UPDATE_FINGERPRINTS === '1';
const seen: Record<string, string> = {};

function scenarioFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? scenarioFiles(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : []))
    .sort();
}

/** At most 1 s of simulated time (or twice the warm-up), so the table stays quick to check. */
function fixedTime(s: { simulation?: { duration?: string; warmup?: string } }): number {
  const duration = s.simulation?.duration ? parseQuantity(s.simulation.duration, 'time') : 1;
  const warmup = s.simulation?.warmup ? parseQuantity(s.simulation.warmup, 'time') : 0;
  return Math.min(duration, Math.max(1, 2 * warmup));
}

describe('fingerprints of scenarios/', () => {
  const files = scenarioFiles(join(root, 'scenarios'));
  it.each(files.map((f) => relative(root, f)))('%s', (file) => {
    const scenario = JSON.parse(readFileSync(join(root, file), 'utf8'));
    const traces = readScenarioFiles(scenario, dirname(join(root, file))).files; // trace files it replays
    const report = runScenario({ scenario, files: traces }, { durationS: fixedTime(scenario), replications: 1 });
    const hash = createHash('sha256')
      .update(JSON.stringify({ ...report, wallSeconds: 0 }))
      .digest('hex')
      .slice(0, 16);
    seen[file] = hash;
    if (!update) expect(hash, `fingerprint of ${file} changed (or is new); see the top of this file`).toBe(table[file]);
  });

  afterAll(() => {
    if (update) writeFileSync(tableFile, JSON.stringify(seen, null, 2) + '\n');
  });
});
