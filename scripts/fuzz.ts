/**
 * npm run fuzz -- [--count N] [--seed S] [--from I] [--workers W] [--timeout SECONDS] [--out DIR]
 *
 * Structure-aware fuzzing of the scenario pipeline (test/fuzz): N mutants, each read, validated,
 * estimated, simulated and printed as `netloom run` would, under a time and memory cap. Prints the
 * outcome counts; failing mutants are written to DIR (default fuzz-failures/) to replay with
 * `npx netloom run DIR/<index>-<kind>.json`. Exit 1 if any mutant crashed, hung, ran out of
 * memory or was refused without naming a place.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fuzz } from '../test/fuzz/runFuzz.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
    from: { type: 'string', default: '0' },
    workers: { type: 'string', default: String(availableParallelism()) },
    timeout: { type: 'string', default: '30' },
    out: { type: 'string', default: 'fuzz-failures' },
  },
});
const int = (name: keyof typeof values) => {
  const n = Number(values[name]);
  if (!Number.isSafeInteger(n) || n < 0) {
    console.error(`fuzz: --${name}: expected a whole number, got ${JSON.stringify(values[name])}`);
    process.exit(2);
  }
  return n;
};

const count = int('count');
const started = performance.now();
let last = 0;
const summary = await fuzz({
  count,
  seed: int('seed'),
  from: int('from'),
  workers: Math.max(1, int('workers')),
  timeoutMs: int('timeout') * 1000,
  maxEvents: 2e6,
  maxMemoryBytes: 256 * 2 ** 20,
  heapMb: 1024,
  onProgress: (done, total) => {
    const now = performance.now();
    if (process.stderr.isTTY && (now - last > 500 || done === total)) {
      last = now;
      process.stderr.write(`\rfuzzing: ${done} / ${total} mutants`);
    }
  },
});
if (process.stderr.isTTY) process.stderr.write('\n');
const c = summary.counts;
console.log(`${count} mutants (seed ${values.seed}) in ${((performance.now() - started) / 1000).toFixed(0)} s`);
console.log(`  rejected with a place: ${c.rejected}   refused as too much work: ${c.refused}   stopped at a limit: ${c.limited}   ran: ${c.ran}`);
console.log(`  crashes: ${c.crash}   hangs: ${c.hang}   out of memory: ${c.oom}   rejected without a place: ${c.unplaced}`);
if (summary.failures.length > 0) {
  mkdirSync(values.out!, { recursive: true });
  for (const f of summary.failures) {
    const base = join(values.out!, `${f.index}-${f.kind}`);
    writeFileSync(`${base}.json`, f.text);
    writeFileSync(`${base}.txt`, f.detail + '\n');
    console.log(`  ${f.kind} #${f.index}: ${f.detail.split('\n')[0].slice(0, 160)}`);
  }
  console.log(`failing mutants written to ${values.out}/`);
  process.exit(1);
}
