/**
 * `netloom schedule FILE [--out UPGRADED.json] [--yang OUT.json] [--json OUT|-] [--flows id,…]
 * [--max-wait T] [--verify]`: 802.1Qbv gate schedules for the time-critical flows
 * (sim/analysis/gcl). Prints each flow's offset and guaranteed latency against its deadline
 * and each port's windows; on failure, the conflicts. Exit 0 with a schedule, 1 when none
 * exists (or --verify finds the simulation disagreeing), 2 on bad input.
 */
import {
  applySchedule,
  checkWork,
  estimateWork,
  expandScenario,
  loadScenario,
  parseQuantity,
  percent,
  type RunOptions,
  runScenario,
  ScenarioError,
  type ScenarioInput,
  type Schedule,
  shortPs,
  UnitParseError,
} from '../../sim/api/index.ts';
import { parseArgs } from '../args.ts';
import { COMMAND_SPECS, usageLine } from '../commandSpecs.ts';
import { table } from '../format.ts';
import { limitFlags } from '../limits.ts';
import { loadFile } from '../loadFile.ts';
import { nodePool } from '../nodePool.ts';
import { checkOutputs } from '../outputs.ts';
import { printable, printableDeep } from '../printable.ts';
import { UsageError } from '../UsageError.ts';
import { writeAtomically } from '../writeAtomically.ts';

const USAGE = `usage: ${usageLine('schedule')}`;

export async function scheduleCommand(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv, COMMAND_SPECS.schedule.flags, USAGE);
  if (positional.length !== 1)
    throw new UsageError(positional.length === 0 ? `no scenario file given\n${USAGE}` : `one scenario file at a time, got ${positional.length}\n${USAGE}`);
  const flows =
    typeof flags.flows === 'string'
      ? flags.flows
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s.length > 0)
      : undefined;
  if (flows?.length === 0) throw new UsageError('--flows: expected flow ids separated by commas');
  let maxWaitPs: number | undefined;
  if (typeof flags['max-wait'] === 'string') {
    try {
      maxWaitPs = Math.round(parseQuantity(flags['max-wait'], 'time') * 1e12);
    } catch (e) {
      throw new UsageError(`--max-wait: ${e instanceof UnitParseError ? e.message : String(e)}`);
    }
  }
  const file = positional[0];
  const json = typeof flags.json === 'string' ? flags.json : undefined;
  const out = typeof flags.out === 'string' ? flags.out : undefined;
  const yang = typeof flags.yang === 'string' ? flags.yang : undefined;
  checkOutputs(
    [
      { flag: '--json', file: json },
      { flag: '--out', file: out },
      { flag: '--yang', file: yang },
    ],
    [file],
    flags.force === true,
  );
  const limits = limitFlags(flags);
  const { input } = loadFile(file); // problems → exit 2 with every issue
  const pool = nodePool(new URL('./simWorker.mjs', import.meta.url), 1);
  const synthesis = await pool.call('the gate schedule synthesis', input, (api) => api.schedule({ flows, maxWaitPs })).finally(() => pool.close());
  if (!synthesis.ok) throw new ScenarioError(synthesis.issues);
  if (synthesis.value.kind === 'input') throw new UsageError(synthesis.value.message);
  const { schedule, qcw, qcwError } = synthesis.value;
  if (json === '-') process.stdout.write(JSON.stringify(schedule, null, 2) + '\n');
  else console.log(scheduleText(printableDeep(schedule)));
  const say = (line: string) => (json === '-' ? process.stderr.write(line + '\n') : console.log(line));
  if (json && json !== '-') {
    writeAtomically(json, JSON.stringify(schedule, null, 2) + '\n', '--json');
    say(`schedule written to ${printable(json)}`);
  }
  if (!schedule.ok) return 1;
  const upgraded = applySchedule(expandScenario(input.scenario), schedule); // a plant written with groups: its flat form
  if (out) {
    writeAtomically(out, JSON.stringify(upgraded, null, 2) + '\n', '--out');
    say(`scenario with the gates and offsets written to ${printable(out)}`);
  }
  if (yang) {
    if (!qcw) throw new Error(`the 802.1Qcw YANG could not be written: ${qcwError}`);
    writeAtomically(yang, JSON.stringify(qcw, null, 2) + '\n', '--yang');
    say(`IEEE 802.1Qcw YANG (JSON) written to ${printable(yang)}`);
  }
  if (flags.verify === true) return verify(printableDeep(schedule), { scenario: upgraded, files: input.files }, limits, say);
  return 0;
}

/** Simulates the upgraded scenario: every scheduled flow must lose nothing and never exceed its guaranteed latency. */
function verify(s: Schedule, upgraded: ScenarioInput, limits: RunOptions, say: (line: string) => void): number {
  const refused = checkWork(estimateWork(loadScenario(upgraded.scenario, upgraded.files)), 1, limits.maxEvents);
  if (refused) throw new UsageError(`--verify: ${refused}`);
  const report = runScenario(upgraded, limits);
  let bad = 0;
  const rows = s.flows.map((f) => {
    const r = report.flows.find((x) => printable(x.id) === f.id)!;
    const max = r.latency ? Math.round(r.latency.max * 1e12) : null;
    const ok = r.lost === 0 && r.delivered > 0 && max !== null && max <= f.latencyPs;
    if (!ok) bad++;
    return [f.id, String(r.sent), String(r.lost), max === null ? '–' : shortPs(max), shortPs(f.latencyPs), ok ? 'yes' : 'NO'];
  });
  say('');
  say(`verified by simulation (${report.simulated} s simulated, every flow of the scenario running):`);
  say(table(['flow', 'sent', 'lost', 'simulated max', 'guaranteed', 'holds'], rows));
  return bad === 0 ? 0 : 1;
}

export function scheduleText(s: Schedule): string {
  const out: string[] = [];
  if (!s.ok) {
    out.push(`${s.scenario}: no gate schedule — ${s.conflicts.length} conflict${s.conflicts.length === 1 ? '' : 's'}:`);
    for (const c of s.conflicts) out.push(`  ✗ [${c.kind}] ${c.message}`);
  } else {
    out.push(
      `${s.scenario}: ${s.flows.length} time-critical flow${s.flows.length === 1 ? '' : 's'} scheduled ` +
        `in PCP ${s.pcp}, ${s.mode}, hyperperiod ${shortPs(s.hyperperiodPs)}` +
        (s.syncErrorPs > 0 ? `, clock error ±${shortPs(s.syncErrorPs)}` : ''),
      '',
    );
    out.push(
      table(
        ['flow', 'route', 'period', 'offset', 'guaranteed', 'deadline', 'slack', 'wait', 'hops'],
        s.flows.map((f) => [
          f.id,
          `${f.from}→${f.to}`,
          shortPs(f.periodPs),
          shortPs(f.offsetPs),
          shortPs(f.latencyPs),
          f.deadlinePs === null ? '–' : shortPs(f.deadlinePs),
          f.deadlinePs === null ? '–' : shortPs(f.deadlinePs - f.latencyPs),
          shortPs(f.waitPs),
          String(f.hops.length),
        ]),
      ),
      '',
    );
    out.push(
      table(
        ['port', 'cycle', 'windows', 'entries', 'scheduled', 'closed to others', 'longest opening'],
        s.ports.map((p) => [
          p.port.name,
          shortPs(p.cyclePs),
          String(p.windows.length),
          `${p.entries.length}/${p.maxEntries}`,
          percent(p.utilization),
          percent(p.closedToOthers),
          shortPs(p.longestOpeningPs),
        ]),
      ),
      '',
      "windows of the scheduled class (within each port's cycle):",
    );
    for (const p of s.ports) {
      const shown = p.windows.slice(0, 6).map((w) => `[${shortPs(w.openPs)}, ${shortPs(w.closePs)}) ${w.flow}`);
      out.push(`  ${p.port.name}: ${shown.join(', ')}${p.windows.length > 6 ? `, … (${p.windows.length - 6} more)` : ''}`);
    }
  }
  if (s.warnings.length > 0) out.push('', 'warnings:', ...s.warnings.map((w) => `  ! ${w}`));
  if (s.ok)
    out.push(
      '',
      'every frame of these flows crosses its hops inside its windows: the latencies above hold ' +
        'whatever the other traffic. --out for the scenario with the gates, --yang for the switches.',
    );
  return out.join('\n');
}
