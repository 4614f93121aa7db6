/**
 * The bounds of every scenario in scenarios/, as `netloom bounds FILE --json OUT` writes them:
 * a hash of that text per scenario is compared with the committed table, so a change to any
 * part of the analysis (arrival curves, port analysis, fixed points, the report) shows here.
 * Speed-ups of the analysis must leave every figure as it was; a generated plant (scripts/make-plant.ts)
 * adds what the scenarios lack: a port where many streams share a period and their windows (60
 * sensors to one MES), and cells alike. When a change of the bounds is
 * meant, re-baseline in a commit of its own saying why:
 *   UPDATE_FINGERPRINTS=1 npx vitest run --project validation test/validation/bounds.fingerprint.test.ts
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonChunks } from '../../cli/jsonChunks.ts';
import { readScenarioFile } from '../../node/readScenarioFile.ts';
import { makePlant } from '../../scripts/make-plant.ts';
import { type BoundsReport, computeBounds, loadScenario } from '../../sim/api/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tableFile = fileURLToPath(new URL('./boundsFingerprints.json', import.meta.url));
const table: Record<string, string> = JSON.parse(readFileSync(tableFile, 'utf8'));
const update = process.env.UPDATE_FINGERPRINTS === '1';
const seen: Record<string, string> = {};

function scenarioFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? scenarioFiles(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : []))
    .sort();
}

const PLANT = 'scripts/make-plant.ts --devices 300';

function check(name: string, report: BoundsReport): void {
  const sha = createHash('sha256');
  for (const piece of jsonChunks(report)) sha.update(piece); // the text cli/commands/bounds.ts writes, in pieces: a large plant's passes V8's longest string
  const hash = sha.digest('hex').slice(0, 16);
  seen[name] = hash;
  if (!update) expect(hash, `bounds of ${name} changed (or it is new); see the top of this file`).toBe(table[name]);
}

/** scenarios with AI pipelines: `bounds` refuses them this round (issue 12 §1), naming each pipeline flow */
const hasPipeline = (file: string) =>
  ((readScenarioFile(join(root, file)).scenario as { flows?: { pipeline?: unknown }[] }).flows ?? []).some((f) => f.pipeline !== undefined);

describe('bounds of scenarios/', () => {
  const all = scenarioFiles(join(root, 'scenarios'));
  const files = all.filter((f) => !hasPipeline(relative(root, f)));
  it.each(all.filter((f) => hasPipeline(relative(root, f))).map((f) => relative(root, f)))('%s: pipelines refused, naming each', (file) => {
    const input = readScenarioFile(join(root, file));
    expect(() => computeBounds(loadScenario(input.scenario, input.files))).toThrow(
      /flows\[\d+\]\.pipeline: worst-case bounds of pipeline flows come in a later round/,
    );
  });
  it('covers every scenario', () => {
    if (!update) expect(Object.keys(table).filter((k) => k !== PLANT)).toEqual(files.map((f) => relative(root, f)));
  });
  it.each(files.map((f) => relative(root, f)))('%s', (file) => {
    const input = readScenarioFile(join(root, file));
    check(file, computeBounds(loadScenario(input.scenario, input.files)));
  });
  it(PLANT, () => check(PLANT, computeBounds(loadScenario(makePlant({ devices: 300 })))));

  afterAll(() => {
    if (update) writeFileSync(tableFile, JSON.stringify(seen, null, 2) + '\n');
  });
});
