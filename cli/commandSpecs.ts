/**
 * Every command's flags and help, as data: the commands parse with these specs and `--help` is
 * printed from them, so the two cannot drift. Imports nothing heavy: `netloom CMD --help` loads
 * this module and no simulation code.
 */
import { DEFAULT_MAX_EVENTS, DEFAULT_MAX_MEMORY_BYTES } from '../sim/api/limits.ts';
import { TRACE_WINDOW_BYTES } from '../sim/api/TraceWindow.ts';
import type { FlagSpec } from './args.ts';

export interface CommandSpec {
  /** what the command does, in a few lines */
  summary: string;
  /** the positional arguments, as shown in the usage line */
  args: string;
  flags: Record<string, FlagSpec>;
  /** lines after the flags */
  notes?: string[];
}

const json = (what: string): FlagSpec => ({
  value: true,
  arg: 'OUT|-',
  expects: 'a file name or "-"',
  help: `also write ${what} as JSON to OUT ("-" for stdout, then no table)`,
});
const force: FlagSpec = { value: false, help: 'replace an output file that exists (never the scenario being read)' };
const workers: FlagSpec = { value: true, arg: 'N', expects: 'a whole number', help: 'worker threads (default: cores, at most replications)' };
const limits: Record<string, FlagSpec> = {
  'max-events': {
    value: true,
    arg: 'N',
    expects: 'a number of events such as 5e9',
    help: `refuse (or stop) a run of more events than N (default ${DEFAULT_MAX_EVENTS.toExponential(0).replace('+', '')})`,
  },
  'max-memory': {
    value: true,
    arg: 'SIZE',
    expects: 'a size such as "4 GB"',
    help: `stop a replication whose packets in flight need more than SIZE (default ${DEFAULT_MAX_MEMORY_BYTES / 2 ** 30} GiB)`,
  },
};
/** notes of each kind `import` lists without --all */
export const MAX_NOTES = 50;
/** changes and flows `diff` lists without --all */
export const DIFF_ROWS = 50;
const FILE = 'FILE is a scenario file, or "-" to read it from standard input; "--" ends the options.';

export const COMMAND_SPECS = {
  run: {
    summary:
      "simulate a scenario and print each flow's latency, jitter, loss and throughput against " +
      'its requirement; the work is estimated before the run starts and refused above --max-events',
    args: 'FILE',
    flags: {
      json: json('the report'),
      force,
      seed: { value: true, arg: 'N', expects: 'a whole number', help: "override the scenario's seed" },
      replications: { value: true, arg: 'N', expects: 'a whole number', help: 'independent replications (merged, with 95 % confidence intervals)' },
      workers,
      duration: { value: true, arg: 'T', expects: 'a time such as "2 s"', help: 'override the simulated time, e.g. "2 s" or 500ms' },
      strict: { value: false, help: 'exit 1 when any requirement fails' },
      all: { value: false, help: 'list every flow (past 50 flows the table lists the failing ones; the JSON has all)' },
      ...limits,
      'trace-out': {
        value: true,
        arg: 'FILE',
        expects: 'a file name such as trace.csv.gz',
        help:
          "write each packet's outcome (flow, seq, send, size, arrival, delay, dropping port; times in ns) as CSV, gzipped when FILE ends in .gz; " +
          `a replication waits while ${TRACE_WINDOW_BYTES / 2 ** 20} MiB of its trace are not yet written`,
      },
      'pcap-out': { value: true, arg: 'DIR', expects: 'a folder', help: "write a pcapng of each captured port's frames (the first replication) into DIR" },
      'pcap-ports': {
        value: true,
        arg: 'LIST',
        expects: 'ports such as "S1:3,S2>S3" or all-switch-egress',
        help: 'ports to capture: NODE:k (its k-th link), FROM>TO, or all-switch-egress (default)',
      },
      'trace-window': { value: true, arg: 'A..B', expects: 'a time window such as "0s..0.1s"', help: 'trace packets emitted and frames sent in [A, B) only' },
      'trace-flows': { value: true, arg: 'IDS', expects: 'flow ids separated by commas', help: 'trace these flows only' },
    },
  },
  validate: {
    summary: 'check a scenario and list every problem with its JSON path',
    args: 'FILE',
    flags: {
      json: { value: false, help: 'print the result as JSON on stdout: {file, valid, issues[{path, message}], scenario}' },
    },
  },
  expand: {
    summary: 'write the flat form of a scenario written with groups: every instance of a group written out as the simulator compiles it',
    args: 'FILE',
    flags: {
      out: { value: true, arg: 'F|-', expects: 'a file name or "-"', help: 'write the flat scenario to F (default "-": stdout)' },
      force,
    },
  },
  bounds: {
    summary:
      'worst-case latency of every flow by network calculus, without simulating: ' +
      'the bound, whether it guarantees the requirement, and the port that dominates ' +
      'it; flows with no deterministic bound (Poisson, unbounded sizes) say why',
    args: 'FILE',
    flags: { json: json("the bounds, with every port's contribution,"), force },
  },
  schedule: {
    summary:
      '802.1Qbv gate schedules for the time-critical flows (periodic, with a latency ' +
      "requirement, highest priority): each flow's send offset and guaranteed latency, each " +
      "port's windows; when none exists, which flows conflict on which ports (exit 1)",
    args: 'FILE',
    flags: {
      out: { value: true, arg: 'FILE', expects: 'a file name', help: 'write the scenario with the gates and offsets applied' },
      yang: { value: true, arg: 'FILE', expects: 'a file name', help: 'write the gate control lists as IEEE 802.1Qcw YANG instance data (JSON)' },
      json: json('the schedule'),
      force,
      flows: { value: true, arg: 'a,b', expects: 'flow ids separated by commas', help: 'schedule these flows instead' },
      'max-wait': { value: true, arg: 'T', expects: 'a time such as "20 us"', help: 'let a frame wait up to T at a hop when no-wait scheduling fails' },
      verify: { value: false, help: 'simulate the scheduled scenario and check every guaranteed latency' },
      ...limits,
    },
  },
  plan: {
    summary: 'find the cheapest upgrade after which every requirement holds, verified by simulation; prints the actions, the roadmap and the cost/margin front',
    args: 'FILE',
    flags: {
      out: { value: true, arg: 'FILE', expects: 'a file name for the upgraded scenario', help: 'write the upgraded scenario' },
      json: json('the plan'),
      force,
      catalog: { value: true, arg: 'FILE', expects: 'a catalog JSON file', help: "prices and options (any subset of the default catalog's fields)" },
      budget: { value: true, arg: 'N', expects: 'a yearly budget, a whole number', help: 'yearly budget for the roadmap (default 100000)' },
      years: { value: true, arg: 'A-B', expects: 'a range like 2026-2028', help: 'roadmap years (default 2026-2028)' },
      workers,
      replications: { value: true, arg: 'N', expects: 'a whole number', help: 'replications of each verification (default: from the run length)' },
      ...limits,
      bom: {
        value: true,
        arg: 'OUT.csv',
        expects: 'a CSV file name',
        help: 'write the bill of materials of the plan (CSV: item, quantity, unit price, amount, where, total)',
      },
    },
  },
  import: {
    summary:
      "bring a plant's topology in from the files you have: CSV inventory sheets (nodes and links), GraphML (yEd, Gephi, NetworkX), " +
      'LLDP neighbour tables (lldpctl -f json, Arista EOS and Cisco NX-OS show lldp neighbors | json) or a NetBox export ' +
      '(devices, interfaces, cables; one JSON file or a folder of three); or PROFINET devices from their GSDML files, as a device catalog ' +
      'or added with their cyclic flows to a scenario; or the traffic of a pcap or pcapng capture as trace flows; ' +
      'prints what it mapped and what it assumed, then writes the scenario or catalog',
    args: 'topology|devices|traffic FILE…',
    flags: {
      out: { value: true, arg: 'FILE|-', expects: 'a file name or "-"', help: 'write the scenario to FILE ("-": stdout, the lists on stderr)' },
      force,
      from: { value: true, arg: 'KIND', expects: 'csv, graphml, lldp or netbox', help: 'the kind of the files (default: from their names and contents)' },
      name: { value: true, arg: 'NAME', expects: "the scenario's name", help: "the scenario's name (default: the first file's name)" },
      all: { value: false, help: `list every note (past ${MAX_NOTES} mapped or assumed, the rest are counted)` },
      into: { value: true, arg: 'SCENARIO', expects: 'a scenario file', help: 'devices: add them and their cyclic flows to SCENARIO (written to --out)' },
      map: {
        value: true,
        arg: 'ADDR=NODE,…',
        expects: 'MAC=NODE or IP=NODE pairs',
        help: "traffic: the node of each captured MAC or IPv4 address (over the nodes' addresses)",
      },
      fit: { value: false, help: 'traffic: fit each flow a pattern (periodic, CBR, bursts, Poisson) instead of its trace; the fits are listed' },
      attach: {
        value: true,
        arg: 'NODE',
        expects: 'a node id of the --into scenario',
        help: 'devices: the IO controller (PLC) they exchange cyclic data with, cabled to its switch',
      },
    },
    notes: [
      'FILE… are the files to import (a folder stands for the files in it).',
      'The scenario has the devices and links, no flows: add them, then netloom validate and run.',
      'import traffic CAPTURE --into SCENARIO --map MAC=NODE,… --out OUT adds a trace flow per source, destination, PCP and EtherType.',
      'import devices DIR --out catalog.json writes a device catalog; import devices FILE… --into SCENARIO --attach PLC --out OUT adds the devices.',
    ],
  },
  export: {
    summary:
      'hand the plant or its plan over: inet writes an OMNeT++ 6 / INET 4.5 project of a scenario (a NED network and omnetpp.ini) ' +
      'and lists what INET cannot express as assumed; bom writes the bill of materials (CSV) of a plan saved with netloom plan --json',
    args: 'inet|bom FILE',
    flags: {
      out: {
        value: true,
        arg: 'DIR|CSV',
        expects: 'a folder (inet) or a CSV file name or "-" (bom)',
        help: 'inet: the folder to write into (made if missing); bom: the CSV file ("-": stdout)',
      },
      force,
      scenario: { value: true, arg: 'FILE', expects: 'a scenario file', help: 'bom: the scenario the plan was made for (its link lengths price fiber)' },
    },
    notes: [
      'export inet FILE --out DIR writes DIR/NETWORK.ned and DIR/omnetpp.ini; open DIR in the OMNeT++ IDE with INET 4.5 and run it.',
      'export bom PLAN.json --scenario FILE --out bom.csv: FILE is the plan netloom plan --json wrote;',
      'netloom plan FILE --bom bom.csv writes the same while planning.',
    ],
  },
  config: {
    summary:
      'switch configuration: per switch, a NETCONF edit-config (XML) and a RESTCONF body (JSON) with the PCP → traffic class table, ' +
      'the credit-based shapers (802.1Qav idle slopes), the 802.1Qbv gate control lists and the 802.1Qbu express classes the scenario simulates, ' +
      'in the IEEE 802.1Q YANG modules; prints each file and what was assumed',
    args: 'FILE',
    flags: {
      out: { value: true, arg: 'DIR', expects: 'a folder', help: 'write SWITCH.netconf.xml and SWITCH.restconf.json there (made if missing)' },
      format: { value: true, arg: 'F', expects: 'netconf, restconf or both', help: 'which documents to write (default both)' },
      schedule: { value: false, help: 'configure the gates of the schedule netloom schedule computes for the time-critical flows' },
      force,
    },
    notes: [
      "Every switch gets its PCP table, even in a plant without TSN; the scenario's own gates and shapers are written as they are.",
      'With --schedule, exit 1 (and the conflicts printed) when no schedule exists.',
    ],
  },
  diff: {
    summary:
      "compare two scenarios or two reports: what changed (nodes, links, flows, settings; groups compared expanded), then each flow's verdict " +
      'and margin before → after with its p99, largest latency and loss, failing first; two scenarios are both simulated with the same seed and settings',
    args: 'FILE_A FILE_B',
    flags: {
      json: json('the comparison'),
      force,
      all: { value: false, help: `list every change and every flow (by default the flows whose verdict or margin moved, at most ${DIFF_ROWS})` },
      strict: { value: false, help: 'exit 1 when B fails a requirement A did not (a flow newly failing, or only in B and failing)' },
      seed: { value: true, arg: 'N', expects: 'a whole number', help: "run both scenarios with this seed (default: A's)" },
      replications: { value: true, arg: 'N', expects: 'a whole number', help: 'independent replications of each scenario' },
      workers,
      duration: { value: true, arg: 'T', expects: 'a time such as "2 s"', help: 'override the simulated time of both, e.g. "2 s"' },
      ...limits,
    },
    notes: [
      'FILE_A and FILE_B (A and B) are both scenarios or both reports (netloom run --json writes one); one may be "-" (standard input).',
      "A margin is (requirement − measured) / requirement at the flow's worst criterion; a move under 1 point is the same.",
    ],
  },
  report: {
    summary:
      'the report to hand over: simulates the scenario and bounds it, then writes one self-contained HTML page (plant summary, topology, ' +
      'requirements, latency distributions, link utilization, bounds, with --plan the upgrade plan, the assumptions and their sources, ' +
      'and what reproduces the run), and with --pdf the same printed on A4 by headless Chromium',
    args: 'FILE',
    flags: {
      html: { value: true, arg: 'OUT.html', expects: 'a file name', help: 'write the report to OUT.html (required)' },
      pdf: { value: true, arg: 'OUT.pdf', expects: 'a file name', help: 'also print it to OUT.pdf (needs Chromium: /usr/bin/chromium or CHROMIUM_PATH)' },
      plan: {
        value: true,
        arg: 'PLAN.json',
        expects: 'a plan JSON file',
        help: 'add the plan netloom plan --json wrote for this scenario (checked by its hash)',
      },
      force,
      workers,
      ...limits,
    },
  },
  catalog: {
    summary:
      "the accelerator and model catalog the LLM serving model uses: each accelerator's memory, bandwidth, dense peak per precision, " +
      "power and price, each model's parameters and KV-cache bytes per token, every figure with its source (or marked as an assumption)",
    args: '',
    flags: {
      json: { value: false, help: 'print the catalog as JSON (figures with their rows and sources) instead of tables' },
      sources: { value: false, help: 'list the source and locator of every figure under the tables' },
    },
  },
} satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMAND_SPECS;

export const isCommand = (name: string): name is CommandName => Object.hasOwn(COMMAND_SPECS, name);

/** "netloom run FILE [--json OUT|-] [--force] …" */
export function usageLine(name: CommandName): string {
  const spec: CommandSpec = COMMAND_SPECS[name];
  const flags = Object.entries(spec.flags).map(([f, s]) => `[--${f}${s.value ? ` ${s.arg ?? 'X'}` : ''}]`);
  return ['netloom', name, ...(spec.args ? [spec.args] : []), ...flags].join(' ');
}

/** `netloom CMD --help`: the usage line, what it does, each flag. */
export function commandHelp(name: CommandName): string {
  const spec: CommandSpec = COMMAND_SPECS[name];
  const left = (f: string, s: FlagSpec) => `  --${f}${s.value ? ` ${s.arg ?? 'X'}` : ''}`;
  const width = Math.max(...Object.entries(spec.flags).map(([f, s]) => left(f, s).length)) + 2;
  return [
    `usage: ${usageLine(name)}`,
    '',
    wrap(spec.summary, 100).join('\n'),
    '',
    ...Object.entries(spec.flags).map(([f, s]) => `${left(f, s).padEnd(width)}${s.help ?? ''}`),
    '  -h, --help'.padEnd(width) + 'show this help',
    '',
    ...(spec.args.includes('FILE') ? [FILE] : []),
    ...(spec.notes ?? []),
  ].join('\n');
}

function wrap(text: string, width: number): string[] {
  const lines = [''];
  for (const word of text.split(' ')) {
    if (lines[lines.length - 1].length + word.length + 1 > width) lines.push('');
    lines[lines.length - 1] += (lines[lines.length - 1] ? ' ' : '') + word;
  }
  return lines;
}
