/**
 * `netloom` — run and validate plant scenarios from the command line.
 * Exit codes: 0 success, 1 a requirement failed under --strict (or, for `schedule`, no schedule exists), 2 bad input or usage
 * (or a run past its limits), 3 a fault of NetLoom itself (see reportError).
 *
 * Start-up is kept short: this module loads no simulation code; `--version` and `--help` answer
 * from it alone, and a command's module (with the simulator) is loaded only when it runs.
 */
import pkg from '../package.json' with { type: 'json' };
import { wantsHelp } from './args.ts';
import { type CommandName, commandHelp, COMMAND_SPECS, isCommand, usageLine } from './commandSpecs.ts';
import { UsageError } from './UsageError.ts';

type Command = (argv: string[]) => number | Promise<number>;

const COMMANDS: Record<CommandName, () => Promise<Command>> = {
  run: async () => (await import('./commands/run.ts')).runCommand,
  validate: async () => (await import('./commands/validate.ts')).validateCommand,
  expand: async () => (await import('./commands/expand.ts')).expandCommand,
  bounds: async () => (await import('./commands/bounds.ts')).boundsCommand,
  schedule: async () => (await import('./commands/schedule.ts')).scheduleCommand,
  plan: async () => (await import('./commands/plan.ts')).planCommand,
  import: async () => (await import('./commands/import.ts')).importCommand,
  export: async () => (await import('./commands/export.ts')).exportCommand,
  config: async () => (await import('./commands/config.ts')).configCommand,
  diff: async () => (await import('./commands/diff.ts')).diffCommand,
  report: async () => (await import('./commands/report.ts')).reportCommand,
  catalog: async () => (await import('./commands/catalog.ts')).catalogCommand,
};

export const VERSION: string = pkg.version;

export const USAGE = `usage:
${Object.keys(COMMAND_SPECS)
  .map((c) => `  ${usageLine(c as CommandName)}`)
  .join('\n')}
  netloom help [COMMAND] | COMMAND --help | --help
  netloom version | --version
A command that writes a file refuses one that exists unless --force, and never writes over the scenario it reads.`;

const HELP = `NetLoom ${VERSION}: will your plant network carry the AI you want to deploy?

usage: netloom COMMAND FILE [options]     (FILE "-" reads the scenario from standard input)

${Object.entries(COMMAND_SPECS)
  .map(([c, s]) => `  ${c.padEnd(10)}${s.summary.split(/[;:(]/)[0].trim()}`)
  .join('\n')}

netloom COMMAND --help lists a command's options. A command that writes a file (--json, --out,
--yang) refuses one that exists unless --force, and never writes over the scenario it reads.
Colours: on a terminal; NO_COLOR=1 turns them off, FORCE_COLOR=1 on.

Exit codes: 0 done, 1 a requirement failed (--strict) or no schedule exists, 2 a problem with
the input, a flag or a limit (the message names the file and JSON path, or the flag), 3 a fault
of NetLoom itself (please report it).

Example: npx netloom run scenarios/reference/r1-line-cell.json`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'help':
      case '--help':
      case '-h':
        if (command === 'help' && rest.length > 0) {
          if (!isCommand(rest[0])) throw new UsageError(`unknown command "${rest[0]}"\n${USAGE}`);
          console.log(commandHelp(rest[0]));
        } else console.log(HELP);
        return 0;
      case 'version':
      case '--version':
        console.log(`netloom ${VERSION}`);
        return 0;
      case undefined:
        throw new UsageError(`no command given\n${USAGE}`);
    }
    if (!isCommand(command)) throw new UsageError(`unknown command "${command}"\n${USAGE}`);
    if (wantsHelp(rest)) {
      console.log(commandHelp(command));
      return 0;
    }
    const run = await COMMANDS[command]();
    return await run(rest);
  } catch (e) {
    const { reportError } = await import('./reportError.ts'); // loads the simulator's error types: only when something went wrong
    return reportError(e);
  }
}
