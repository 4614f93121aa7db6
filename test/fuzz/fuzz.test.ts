/**
 * 2,000 structure-aware mutants of every scenario in scenarios/ (test/fuzz/mutate.ts), each read,
 * validated, estimated, simulated and printed as `netloom run` does, under a time and memory cap:
 * none may crash, hang, run out of memory, or be refused without naming a JSON path or a line and
 * column. `npm run fuzz -- --count 20000` runs more. A sample also goes through the real CLI.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { netloom } from '../cli/netloom.ts';
import { mutant } from './mutate.ts';
import { fuzz } from './runFuzz.ts';
import { fuzzSeeds, TRACE_TEXT } from './seeds.ts';

const COUNT = Number(process.env.FUZZ_COUNT ?? 2000);

describe('fuzzing the scenario pipeline', () => {
  it(`${COUNT} mutants: no crash, no hang, no out-of-memory, every rejection placed`, async () => {
    const s = await fuzz({ count: COUNT, seed: 2026, workers: 2, timeoutMs: 60_000, maxEvents: 2e6, maxMemoryBytes: 256 * 2 ** 20, heapMb: 1024 });
    console.log(`fuzz: ${COUNT} mutants: ${JSON.stringify(s.counts)}`);
    expect(s.failures.map((f) => `#${f.index} ${f.kind}: ${f.detail.split('\n').slice(0, 3).join(' | ')}`)).toEqual([]);
    // the mutants exercise every stage, not only the parser
    expect(s.counts.rejected).toBeGreaterThan(COUNT / 2);
    expect(s.counts.ran).toBeGreaterThan(COUNT / 20);
  });

  it('a sample through the real CLI: exit 0, 1 or 2, never a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netloom-fuzz-cli-'));
    writeFileSync(join(dir, 'sends.csv'), TRACE_TEXT);
    const seeds = fuzzSeeds();
    for (let i = 0; i < 6; i++) {
      const file = join(dir, `m${i}.json`);
      writeFileSync(file, mutant(seeds, 99, i));
      for (const args of [
        ['validate', file],
        ['run', file, '--max-events', '2e6'],
      ]) {
        const r = netloom(...args);
        expect([0, 1, 2], `${args.join(' ')}: ${r.stderr}`).toContain(r.code);
        expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
      }
    }
  });
});
