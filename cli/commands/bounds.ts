/**
 * `netloom bounds FILE [--json OUT|-]`: worst-case latency bounds by network calculus
 * (sim/analysis), without simulating. Prints, per flow, the bound, the requirement, whether
 * the bound guarantees it and the port that dominates the bound; unbounded flows say why.
 */
import { type BoundsReport, computeBounds } from '../../sim/api/index.ts';
import { parseArgs } from '../args.ts';
import { COMMAND_SPECS, usageLine } from '../commandSpecs.ts';
import { colorFor, table, time } from '../format.ts';
import { loadFile } from '../loadFile.ts';
import { checkOutputs } from '../outputs.ts';
import { printable, printableDeep } from '../printable.ts';
import { UsageError } from '../UsageError.ts';
import { writeJson } from '../writeJson.ts';

const USAGE = `usage: ${usageLine('bounds')}`;

export async function boundsCommand(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv, COMMAND_SPECS.bounds.flags, USAGE);
  if (positional.length !== 1)
    throw new UsageError(positional.length === 0 ? `no scenario file given\n${USAGE}` : `one scenario file at a time, got ${positional.length}\n${USAGE}`);
  const file = positional[0];
  const json = typeof flags.json === 'string' ? flags.json : undefined;
  checkOutputs([{ flag: '--json', file: json }], [file], flags.force === true);
  const { model } = loadFile(file); // problems → exit 2 with every issue
  const report = computeBounds(model);
  if (json === '-') {
    await writeJson(report, '-', '--json'); // in pieces: a large plant's bounds pass V8's longest string
    return 0;
  }
  console.log(boundsTable(printableDeep(report), colorFor(process.stdout)));
  if (json) {
    await writeJson(report, json, '--json');
    console.log(`bounds written to ${printable(json)}`);
  }
  return 0;
}

export function boundsTable(r: BoundsReport, color: boolean): string {
  const paint = (text: string, code: number) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const out = [`${r.scenario}: worst-case bounds by network calculus (no simulation)`, ''];
  out.push(
    table(
      ['flow', 'route', 'bound', 'min', 'requirement', 'guaranteed', 'dominant', 'mean (estimate)'],
      r.flows.map((f) => [
        f.id,
        `${f.from}→${f.to}`,
        f.delay === null ? 'unbounded' : time(f.delay),
        time(f.minDelay),
        f.checks.length === 0 ? '–' : f.checks.map((c) => `${c.criterion} ${c.criterion === 'loss' ? c.required : time(c.required)}`).join(', '),
        f.guaranteed === null
          ? '–'
          : f.guaranteed
            ? paint('yes', 32)
            : paint(
                `no (${f.checks
                  .filter((c) => !c.holds)
                  .map((c) => c.criterion)
                  .join(', ')})`,
                31,
              ),
        f.dominant ?? '–',
        f.estimate.mean === null ? '–' : time(f.estimate.mean),
      ]),
    ),
  );
  const tsn = tsnTerms(r);
  if (tsn.length > 0) out.push('', 'TSN and cut-through at the dominant port, per mechanism (a negative time is a saving; --json for every port):', ...tsn);
  const unbounded = r.flows.filter((f) => f.reason);
  if (unbounded.length > 0) {
    out.push('', 'no deterministic bound:');
    for (const f of unbounded) out.push(`  ${f.id}: ${f.reason}`);
  }
  const lossy = r.ports.filter((p) => p.lossFree === false);
  if (lossy.length > 0) {
    out.push('', 'ports whose backlog bound exceeds their queue:');
    for (const p of lossy)
      out.push(
        `  ${p.from}→${p.to}: up to ${p.frames} frames (${Math.ceil(p.backlog ?? 0)} B) for a limit of ` +
          `${p.queueLimit.packets ?? '∞'} packets${p.queueLimit.bytes === null ? '' : ` / ${p.queueLimit.bytes} B`}`,
      );
  }
  const s = r.summary;
  out.push(
    '',
    `${s.flows} flows: ${s.bounded} bounded, ${s.unbounded} unbounded; requirements guaranteed for ${s.guaranteed}, not guaranteed for ${s.notGuaranteed}` +
      (r.cyclic ? ` (routes depend on each other in a loop: ${r.iterations} fixed-point rounds)` : ''),
    'bounds hold for every packet, whatever the timing; "mean" is an M/G/1 estimate, not a bound. --json for the contributions of every port.',
  );
  return out.join('\n');
}

/** For each bounded flow whose dominant port is a TSN port or ends in a cut-through switch: what each mechanism there adds. */
function tsnTerms(r: BoundsReport): string[] {
  const out: string[] = [];
  for (const f of r.flows) {
    if (f.delay === null || !f.dominant) continue;
    const hop = f.hops.find((h) => `${h.from}→${h.to}` === f.dominant && (h.tsn !== null || h.terms.some((t) => t.source === 'cut-through')));
    if (!hop || hop.contribution === null) continue;
    out.push(`  ${f.id} at ${f.dominant}${hop.tsn?.length ? ` (${hop.tsn.join(', ')})` : ''}: ${time(hop.contribution)} of ${time(f.delay)}`);
    for (const t of hop.terms) out.push(`    ${t.source.padEnd(15)} ${(t.seconds === null ? '–' : time(t.seconds)).padStart(10)}  ${t.term}`);
  }
  return out;
}
