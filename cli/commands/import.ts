/**
 * `netloom import topology FILE… --out OUT [--from KIND] [--name NAME] [--force]`: a plant's
 * topology from the files an architect has (CSV inventory sheets, GraphML, LLDP neighbour tables,
 * a NetBox export; a folder stands for the files in it). Prints what was mapped and what was
 * assumed, then writes the scenario atomically; a malformed file exits 2 naming the file and place.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatNote, IMPORT_KINDS, ImportError, type ImportFile, importTopology, type Note } from '../../sim/api/index.ts';
import { parseArgs } from '../args.ts';
import { COMMAND_SPECS, MAX_NOTES, usageLine } from '../commandSpecs.ts';
import { checkOutputs } from '../outputs.ts';
import { printable } from '../printable.ts';
import { MAX_JSON_FILE_BYTES } from '../readJsonFile.ts';
import { UsageError } from '../UsageError.ts';
import { importDevices } from './importDevices.ts';
import { importTrafficCommand } from './importTraffic.ts';
import { writeAtomically } from '../writeAtomically.ts';

const USAGE = `usage: ${usageLine('import')}`;
const WHATS = ['topology', 'devices', 'traffic'];
/** what one import reads at most, all files together (each file at most MAX_JSON_FILE_BYTES) */
const MAX_TOTAL_CHARS = 4 * MAX_JSON_FILE_BYTES;

export function importCommand(argv: string[]): number {
  const { positional, flags } = parseArgs(argv, COMMAND_SPECS.import.flags, USAGE);
  const [what, ...inputs] = positional;
  if (what === undefined || !WHATS.includes(what))
    throw new UsageError(`${what === undefined ? 'nothing to import' : `cannot import "${what}"`}: expected ${WHATS.join(', ')}\n${USAGE}`);
  if (inputs.length === 0) throw new UsageError(`no file to import\n${USAGE}`);
  const out = flags.out;
  if (typeof out !== 'string') throw new UsageError(`--out: name the scenario file to write\n${USAGE}`);
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const into = str(flags.into);
  const shown = flags.all === true ? Number.POSITIVE_INFINITY : MAX_NOTES;
  const showNotes = (log: (l: string) => void, mapped: readonly Note[], assumed: readonly Note[]) => {
    list(log, `mapped (${mapped.length}):`, mapped, shown);
    list(log, `assumed (${assumed.length}) — review these:`, assumed, shown);
  };
  if (what !== 'topology') {
    checkOutputs([{ flag: '--out', file: out }], into === undefined ? inputs : [...inputs, into], flags.force === true);
    try {
      return what === 'traffic'
        ? importTrafficCommand({ inputs, out, into, map: str(flags.map), fit: flags.fit === true, showNotes })
        : importDevices({ files: readAll(inputs), out, into, attach: str(flags.attach), showNotes });
    } catch (e) {
      if (e instanceof ImportError) throw new UsageError(e.message);
      throw e;
    }
  }
  if (['into', 'attach', 'map', 'fit'].some((f) => flags[f] !== undefined))
    throw new UsageError(`--into, --attach, --map and --fit are for import devices and traffic\n${USAGE}`);
  const kind = typeof flags.from === 'string' ? flags.from : undefined;
  if (kind !== undefined && !IMPORT_KINDS.some((k) => k.kind === kind))
    throw new UsageError(`--from: expected one of ${IMPORT_KINDS.map((k) => k.kind).join(', ')}, got ${JSON.stringify(kind)}`);
  checkOutputs([{ flag: '--out', file: out }], inputs, flags.force === true);
  const files = readAll(inputs);
  let result: ReturnType<typeof importTopology>;
  try {
    result = importTopology(files, { kind, name: typeof flags.name === 'string' ? flags.name : undefined });
  } catch (e) {
    if (e instanceof ImportError) throw new UsageError(e.message);
    throw e;
  }
  const { scenario, mapped, assumed } = result;
  const text = `${JSON.stringify(scenario, null, 2)}\n`;
  const log = out === '-' ? (l: string) => console.error(l) : (l: string) => console.log(l);
  showNotes(log, mapped, assumed);
  if (out === '-') process.stdout.write(text);
  else writeAtomically(out, text, '--out');
  const where = out === '-' ? 'stdout' : printable(out);
  log(`${scenario.nodes.length} nodes, ${scenario.links.length} links written to ${where} (no flows yet: add the plant's traffic, then netloom run)`);
  return 0;
}

function list(log: (l: string) => void, title: string, notes: readonly Note[], shown: number): void {
  log(title);
  for (const n of notes.slice(0, shown)) log(`  ${printable(formatNote(n))}`);
  if (notes.length > shown) log(`  … and ${notes.length - shown} more (--all lists every one)`);
}

/** Every input's files, at most MAX_TOTAL_CHARS together. */
function readAll(inputs: readonly string[]): ImportFile[] {
  const files = inputs.flatMap(readInputs);
  const total = files.reduce((n, f) => n + f.text.length, 0);
  if (total > MAX_TOTAL_CHARS)
    throw new UsageError(
      `the files to import hold ${Math.round(total / 2 ** 20)} Mi characters, more than the ${MAX_TOTAL_CHARS / 2 ** 20} Mi one import reads`,
    );
  return files;
}

/** A file → its text; a folder → the text of each regular file in it, by name (a NetBox export as three files). */
function readInputs(path: string): ImportFile[] {
  const st = statOf(path);
  if (!st.isDirectory()) return [readInput(path)];
  const names = readdirSync(path)
    .filter((n) => !n.startsWith('.'))
    .sort();
  const files = names.map((n) => join(path, n)).filter((f) => statOf(f).isFile());
  if (files.length === 0) throw new UsageError(`${path} is a folder with no file in it`);
  return files.map(readInput);
}

function readInput(file: string): ImportFile {
  const st = statOf(file);
  if (!st.isFile()) throw new UsageError(`${file} is not a regular file`);
  if (st.size > MAX_JSON_FILE_BYTES)
    throw new UsageError(`${file} is ${Math.round(st.size / 2 ** 20)} MiB, more than the ${MAX_JSON_FILE_BYTES / 2 ** 20} MiB an imported file may have`);
  return { name: file, text: readFileSync(file, 'utf8') };
}

function statOf(path: string) {
  try {
    return statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `cannot find ${path}` : `cannot read ${path}: ${(e as Error).message}`);
  }
}
