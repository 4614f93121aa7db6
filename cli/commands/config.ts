/**
 * `netloom config FILE --out DIR [--format netconf|restconf|both] [--schedule] [--force]`: per
 * switch, a NETCONF <edit-config> (DIR/SWITCH.netconf.xml) and a RESTCONF body
 * (DIR/SWITCH.restconf.json) that set what the simulation assumed of it: the PCP → traffic class
 * table, the credit-based shapers' idle slopes, the 802.1Qbv gate control lists and the 802.1Qbu
 * express classes. With --schedule, the gates of the schedule `netloom schedule` would compute. A
 * command of its own rather than an option of `schedule`: a plant with no time-critical flow still
 * needs its PCP tables and shapers. Prints each file and what was assumed; every file is checked before any is
 * written, and each is written atomically.
 */
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  type ConfigFormat,
  configNotes,
  type Model,
  type ScenarioInput,
  scheduledModel,
  switchConfig,
  switchConfigFiles,
  YangValueError,
} from '../../sim/api/index.ts';
import { parseArgs } from '../args.ts';
import { COMMAND_SPECS, usageLine } from '../commandSpecs.ts';
import { loadFile } from '../loadFile.ts';
import { checkOutputs } from '../outputs.ts';
import { printable } from '../printable.ts';
import { nameOf } from '../readStdin.ts';
import { UsageError } from '../UsageError.ts';
import { writeAtomically } from '../writeAtomically.ts';
import { scheduleText } from './schedule.ts';

const USAGE = `usage: ${usageLine('config')}`;
const FORMATS = ['netconf', 'restconf', 'both'];

export function configCommand(argv: string[]): number {
  const { positional, flags } = parseArgs(argv, COMMAND_SPECS.config.flags, USAGE);
  if (positional.length !== 1)
    throw new UsageError(positional.length === 0 ? `no scenario file given\n${USAGE}` : `one scenario file at a time, got ${positional.length}\n${USAGE}`);
  const dir = flags.out;
  if (typeof dir !== 'string' || dir === '-') throw new UsageError(`--out: name the folder to write the switches' files in\n${USAGE}`);
  const format = (typeof flags.format === 'string' ? flags.format : 'both') as ConfigFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`--format: expected ${FORMATS.join(', ')}, got ${JSON.stringify(format)}`);
  const file = positional[0];
  const { input, model } = loadFile(file); // problems → exit 2 with every issue
  const configured = flags.schedule === true ? scheduled(input, model) : model;
  if (configured === undefined) return 1;
  let result: ReturnType<typeof switchConfig>;
  try {
    result = switchConfig(configured);
  } catch (e) {
    if (e instanceof YangValueError) throw new UsageError(`${nameOf(file)}: ${e.message}`);
    throw e;
  }
  if (result.switches.length === 0) throw new UsageError(`${nameOf(file)} has no switch (type "switch"): there is nothing to configure`);
  const files = switchConfigFiles(result, format).map((f) => ({ ...f, path: join(dir, f.name) }));
  checkOutputs(
    files.map((f) => ({ flag: '--out', file: f.path })),
    [file],
    flags.force === true,
  );
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new UsageError(`--out: cannot make the folder ${dir}: ${(e as Error).message}`);
  }
  for (const f of files) writeAtomically(f.path, f.text, '--out');
  console.log(`${result.switches.length} switch${result.switches.length === 1 ? '' : 'es'} configured in ${printable(dir)}:`);
  result.switches.forEach((s, i) => {
    const what = [`${s.ports} port${s.ports === 1 ? '' : 's'}`, s.gated > 0 ? `${s.gated} with gates` : '', s.shaped > 0 ? `${s.shaped} with CBS` : '']
      .filter(Boolean)
      .join(', ');
    const written = files.filter((f) => f.switch === i).map((f) => printable(basename(f.path)));
    console.log(`  ${printable(s.node)}: ${written.join(', ')} (${what})`);
  });
  const notes = configNotes(result, format);
  console.log(['', ...notes.how, '', `assumed (${notes.assumed.length}) — review these:`, ...notes.assumed.map((a) => `  ${printable(a)}`)].join('\n'));
  return 0;
}

/** The model with the gates of a synthesized schedule, or undefined (printed) when none exists. */
function scheduled(input: ScenarioInput, model: Model): Model | undefined {
  const outcome = scheduledModel(input.scenario, model, input.files ?? {});
  if (outcome.kind === 'input') throw new UsageError(`--schedule: ${outcome.message}`);
  if (outcome.kind === 'none') {
    console.log(scheduleText(outcome.schedule));
    return undefined;
  }
  console.log(
    `--schedule: ${outcome.schedule.flows.length} time-critical flows scheduled in PCP ${outcome.schedule.pcp}; ` +
      'the scheduled scenario needs their send offsets too (netloom schedule --out)',
  );
  return outcome.model;
}
