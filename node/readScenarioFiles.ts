/**
 * Reads the files a scenario names (trace files, `flows[i].pattern.file`) for the simulation,
 * which never touches a file system: only inside the scenario's folder, only regular files,
 * within size limits, gzip recognised by its magic bytes and decompressed with a bounded output.
 * Every refusal is an issue at the flow's JSON path that never quotes the file's content.
 */
import { gunzipSync } from 'node:zlib';
import type { Issue } from '../sim/api/index.ts';
import { FileRefusal, limitText, MiB, readRegularFile } from './readRegularFile.ts';
import { resolveInside } from './resolveInside.ts';

export interface FileLimits {
  /** largest file on disk */
  fileBytes: number;
  /** largest text of one file, after gunzip */
  textBytes: number;
  /** largest text of all the scenario's files together */
  totalBytes: number;
}

export const FILE_LIMITS: FileLimits = { fileBytes: 64 * MiB, textBytes: 64 * MiB, totalBytes: 256 * MiB };

export interface ScenarioFiles {
  /** text by the name the scenario uses; no prototype, so "constructor" or "__proto__" are names like others */
  files: Record<string, string>;
  issues: Issue[];
}

/** Reads every file `scenario` (parsed JSON, whatever its shape) names, relative to `dir`. */
export function readScenarioFiles(scenario: unknown, dir: string, limits: FileLimits = FILE_LIMITS): ScenarioFiles {
  const files: Record<string, string> = Object.create(null);
  const issues: Issue[] = [];
  const refused = new Map<string, string>();
  let total = 0;
  const flows = own(scenario, 'flows');
  if (!Array.isArray(flows)) return { files, issues }; // the loader says what is wrong with it
  flows.forEach((flow, i) => {
    const name = own(own(flow, 'pattern'), 'file');
    if (typeof name !== 'string' || name === '') return;
    if (!Object.hasOwn(files, name) && !refused.has(name)) {
      try {
        const text = textOf(readRegularFile(resolveInside(dir, name), limits.fileBytes, { noFollow: true }), limits);
        total += text.bytes;
        if (total > limits.totalBytes)
          throw new FileRefusal(`is one file too many: the scenario's files hold more than ${limitText(limits.totalBytes)} together`);
        files[name] = text.text;
      } catch (e) {
        if (!(e instanceof FileRefusal)) throw e;
        refused.set(name, e.message);
      }
    }
    const why = refused.get(name);
    if (why !== undefined)
      issues.push({ path: `flows[${i}].pattern.file`, message: `${JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}…` : name)} ${why}` });
  });
  return { files, issues };
}

/**
 * The files a scenario's text names, as a list by name, for hosts that hand the text on without
 * parsing it further (Electron's main, the app's build): a text that is not JSON names none, and
 * whoever parses it says where it breaks.
 */
export function readFilesNamedIn(text: string, dir: string, limits: FileLimits = FILE_LIMITS): { files: { name: string; text: string }[]; issues: Issue[] } {
  let scenario: unknown;
  try {
    scenario = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text); // a byte-order mark, as the scenario's parser allows
  } catch {
    return { files: [], issues: [] };
  }
  const { files, issues } = readScenarioFiles(scenario, dir, limits);
  return { files: Object.keys(files).map((name) => ({ name, text: files[name] })), issues };
}

function own(o: unknown, key: string): unknown {
  return o !== null && typeof o === 'object' && !Array.isArray(o) && Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined;
}

const PCAP_MAGIC = [0xa1b2c3d4, 0xd4c3b2a1, 0xa1b23c4d, 0x4d3cb2a1, 0x0a0d0d0a];

/** The file's text: gunzipped when its first bytes say gzip, checked to be UTF-8 text. */
function textOf(raw: Buffer, limits: FileLimits): { text: string; bytes: number } {
  let bytes = raw;
  if (raw.length >= 2 && raw[0] === 0x1f && raw[1] === 0x8b) {
    try {
      bytes = gunzipSync(raw, { maxOutputLength: limits.textBytes });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
        throw new FileRefusal(`is gzip that decompresses to more than ${limitText(limits.textBytes)}`);
      throw new FileRefusal(`starts like gzip but cannot be decompressed (${(e as NodeJS.ErrnoException).code ?? 'corrupt'})`);
    }
  }
  if (bytes.length >= 4 && PCAP_MAGIC.includes(bytes.readUInt32BE(0)))
    throw new FileRefusal(
      'is a packet capture (pcap or pcapng), not a text trace: export it first, e.g. tshark -r ' +
        'CAPTURE -T fields -E header=y -E separator=, -e frame.time_relative -e ip.len > trace.csv',
    );
  if (bytes.includes(0)) throw new FileRefusal('is not a text file (it holds NUL bytes)');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), bytes: bytes.length };
  } catch {
    throw new FileRefusal('is not UTF-8 text');
  }
}
