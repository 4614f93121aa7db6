/**
 * Atomic file writes, for every Node host (the CLI, Electron's main process). The bytes go to
 * a temporary file in the target's folder; every byte is written (a short write continues, a
 * write that takes nothing is an error), the file is flushed to disk and closed, renamed over
 * the target, and the folder is flushed so the rename itself survives a power cut. Any failure
 * before the rename removes the temporary file and leaves the target as it was: a crash or a
 * full disk leaves the old file or the new one, never part of one.
 *
 * The fs operations are injectable so tests can make each step fail (atomicWrite.test.ts).
 */
import * as nodeFs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** The fs calls a write makes, in order (node:fs by default). */
export type AtomicFs = Pick<
  typeof nodeFs,
  'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'unlinkSync' | 'statSync' | 'realpathSync' | 'fchmodSync'
>;

export interface AtomicWriteOptions {
  fs?: AtomicFs;
  /** process.platform by default: Windows cannot open a folder to flush it */
  platform?: NodeJS.Platform;
}

export type AtomicStep = 'create' | 'write' | 'fsync' | 'close' | 'rename' | 'fsync-folder';

const STEP_TEXT: Record<AtomicStep, string> = {
  create: 'creating the temporary file',
  write: 'writing',
  fsync: 'flushing the file to disk',
  close: 'closing the file',
  rename: 'replacing the file',
  'fsync-folder': 'flushing the folder to disk (the file was replaced)',
};

/** A failed write: the step that failed and the system error code (ENOSPC, EACCES, …) when there is one. */
export class AtomicWriteError extends Error {
  readonly code: string | undefined;
  constructor(
    readonly step: AtomicStep,
    cause: unknown,
  ) {
    const msg = cause instanceof Error ? cause.message : String(cause);
    super(`${STEP_TEXT[step]}: ${msg}`, { cause });
    this.name = 'AtomicWriteError';
    this.code = (cause as NodeJS.ErrnoException | undefined)?.code;
  }
}

function codeOf(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | undefined)?.code;
}

/** The file a write replaces: a symbolic link is followed, so the link stays a link; its mode is kept. */
function resolveTarget(fs: AtomicFs, target: string): { path: string; mode: number | null } {
  try {
    const path = fs.realpathSync(target);
    return { path, mode: fs.statSync(path).mode & 0o777 };
  } catch (e) {
    if (codeOf(e) === 'ENOENT') return { path: target, mode: null };
    throw new AtomicWriteError('create', e);
  }
}

/** Text in pieces (a report past V8's longest string) is written in batches of about this many bytes. */
const BATCH = 1 << 20;

/**
 * `data` as UTF-8 bytes in batches: one for a string or bytes; pieces encoded straight into
 * buffers of about a megabyte (a piece's UTF-8 takes at most 3 bytes per UTF-16 unit), each batch
 * a buffer of its own, so that a consumer may keep it. Pieces split text between characters (a
 * surrogate pair whole), as JSON.stringify's pieces do.
 */
export function* utf8Batches(data: string | Uint8Array | Iterable<string>): Generator<Uint8Array> {
  if (typeof data === 'string') return yield Buffer.from(data, 'utf8');
  if (data instanceof Uint8Array) return yield data;
  let buf = Buffer.allocUnsafe(3 * BATCH);
  let at = 0;
  for (const piece of data) {
    if (at + 3 * piece.length > buf.length) {
      if (at > 0) yield buf.subarray(0, at);
      [buf, at] = [Buffer.allocUnsafe(3 * Math.max(BATCH, piece.length)), 0];
    }
    at += buf.write(piece, at, 'utf8');
    if (at < BATCH) continue;
    yield buf.subarray(0, at);
    [buf, at] = [Buffer.allocUnsafe(3 * BATCH), 0];
  }
  if (at > 0) yield buf.subarray(0, at);
}

/**
 * Writes `data` (a string, bytes, or text in pieces) to `target` atomically and durably; throws
 * AtomicWriteError naming the step that failed.
 */
export function writeFileAtomic(target: string, data: string | Uint8Array | Iterable<string>, opts: AtomicWriteOptions = {}): void {
  const fs = opts.fs ?? nodeFs;
  const platform = opts.platform ?? process.platform;
  const { path, mode } = resolveTarget(fs, target);
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  let created = false;
  let step: AtomicStep = 'create';
  try {
    fd = fs.openSync(tmp, 'wx', mode ?? 0o666); // 'wx': never truncate a file that is not ours
    created = true;
    if (mode !== null) fs.fchmodSync(fd, mode); // the existing file's mode, whatever the umask
    step = 'write';
    let written = 0;
    for (const bytes of utf8Batches(data)) {
      for (let off = 0; off < bytes.length; ) {
        const n = fs.writeSync(fd, bytes, off, bytes.length - off);
        if (!(n > 0)) throw new Error(`the disk took no more bytes (${written + off} of ${written + bytes.length} written)`);
        off += n;
      }
      written += bytes.length;
    }
    step = 'fsync';
    fs.fsyncSync(fd);
    step = 'close';
    const closing = fd;
    fd = undefined;
    fs.closeSync(closing);
    step = 'rename';
    fs.renameSync(tmp, path);
  } catch (e) {
    if (fd !== undefined) ignore(() => fs.closeSync(fd!));
    if (created) ignore(() => fs.unlinkSync(tmp));
    throw new AtomicWriteError(step, e);
  }
  fsyncFolder(fs, dir, platform);
}

/**
 * Flushes the folder's entry for the renamed file. Windows cannot open a folder as a file
 * (libuv answers EISDIR) nor fsync one (EINVAL): there, and only there, those two are ignored;
 * NTFS journals the rename itself.
 */
function fsyncFolder(fs: AtomicFs, dir: string, platform: NodeJS.Platform): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch (e) {
    const unsupported = platform === 'win32' && (codeOf(e) === 'EISDIR' || codeOf(e) === 'EINVAL');
    if (!unsupported) throw new AtomicWriteError('fsync-folder', e);
  } finally {
    if (fd !== undefined) ignore(() => fs.closeSync(fd!));
  }
}

function ignore(f: () => void): void {
  try {
    f();
  } catch {
    /* cleaning up after a failure that is already being reported */
  }
}
