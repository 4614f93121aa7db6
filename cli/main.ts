/**
 * `netloom` — run and validate plant scenarios from the command line.
 * Exit codes: 0 success, 1 a requirement failed under --strict (or, for `schedule`, no schedule exists), 2 bad input or usage
 * (or a run past its limits), 3 a fault of NetLoom itself (see reportError).
 */
import { boundsCommand } from './commands/bounds.ts';
import { planCommand } from './commands/plan.ts';
import { runCommand } from './commands/run.ts';
import { scheduleCommand } from './commands/schedule.ts';
import { validateCommand } from './commands/validate.ts';
import { LIMITS_HELP } from './limits.ts';
import { reportError } from './reportError.ts';
import { UsageError } from './UsageError.ts';

export const USAGE = `usage:
  netloom run FILE [--json OUT|-] [--seed N] [--replications N] [--workers N] [--duration T] [--strict] [--max-events N] [--max-memory SIZE]
  netloom validate FILE
  netloom bounds FILE [--json OUT|-]
  netloom schedule FILE [--out UPGRADED.json] [--yang OUT.json] [--json OUT|-] [--flows id,id…] [--max-wait T] [--verify]
  netloom plan FILE [--out UPGRADED.json] [--json PLAN.json|-] [--catalog FILE] [--budget N] [--years 2026-2028] [--workers N]
  netloom help | --help
  netloom version | --version
A command that writes a file refuses one that exists unless --force, and never writes over the scenario it reads.`;

const HELP = `NetLoom: will your plant network carry the AI you want to deploy?

${USAGE}

run        simulate a scenario and print each flow's latency, jitter, loss and throughput
           against its requirement
  --json OUT        also write the report as JSON to OUT ("-" for stdout, then no table)
  --seed N          override the scenario's seed
  --replications N  independent replications (merged, with 95 % confidence intervals)
  --workers N       worker threads for replications (default: cores, at most replications)
  --duration T      override the simulated time, e.g. "2 s" or 500ms
  --strict          exit 1 when any requirement fails
${LIMITS_HELP}
                    a run is estimated before it starts (events, packet-hops) and refused above --max-events
validate   check a scenario and list every problem with its JSON path
bounds     worst-case latency of every flow by network calculus, without simulating: the
           bound, whether it guarantees the requirement, and the port that dominates it;
           flows with no deterministic bound (Poisson, unbounded sizes) say why
  --json OUT        also write the bounds with every port's contribution ("-" for stdout)
schedule   802.1Qbv gate schedules for the time-critical flows (periodic, with a latency
           requirement, highest priority): each flow's send offset and guaranteed latency,
           each port's windows; when none exists, which flows conflict on which ports.
           Exit 1 when no schedule exists
  --out FILE        write the scenario with the gates and offsets applied
  --yang FILE       write the gate control lists as IEEE 802.1Qcw YANG instance data (JSON)
  --json OUT        also write the schedule as JSON ("-" for stdout)
  --flows a,b       schedule these flows instead
  --max-wait T      let a frame wait up to T at a hop when no-wait scheduling fails
  --verify          simulate the scheduled scenario and check every guaranteed latency
plan       find the cheapest upgrade after which every requirement holds, verified by
           simulation; prints the actions, the roadmap and the cost/margin front; --out writes
           the upgraded scenario and --json the plan
  --catalog FILE    prices and options (any subset of the default catalog's fields)
  --budget N        yearly budget for the roadmap (default 100000)
  --years A-B       roadmap years (default 2026-2028)

Exit codes: 0 done, 1 a requirement failed (--strict) or no schedule exists, 2 a problem with
the input, a flag or a limit (the message names the file and JSON path, or the flag), 3 a fault
of NetLoom itself (please report it).

Example: npx netloom run scenarios/reference/r1-line-cell.json`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'run':
        return await runCommand(rest);
      case 'validate':
        return validateCommand(rest);
      case 'bounds':
        return boundsCommand(rest);
      case 'schedule':
        return await scheduleCommand(rest);
      case 'plan':
        return await planCommand(rest);
      case 'help':
      case '--help':
      case '-h':
        console.log(HELP);
        return 0;
      case 'version':
      case '--version':
        console.log('netloom 0.1.0');
        return 0;
      case undefined:
        throw new UsageError(`no command given\n${USAGE}`);
      default:
        throw new UsageError(`unknown command "${command}"\n${USAGE}`);
    }
  } catch (e) {
    return reportError(e);
  }
}
