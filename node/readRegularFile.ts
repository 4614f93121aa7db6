/**
 * Reads a file only if it is a regular file of bounded size, deciding from the open descriptor
 * before any byte is read: a device (/dev/zero), a FIFO or /dev/stdin cannot make a reader
 * hang or fill memory. The path is opened with O_NONBLOCK (a FIFO without a writer opens at
 * once) and, optionally, O_NOFOLLOW (a last component swapped for a symlink is refused).
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

/** Why a file was not read, as a phrase that follows its name; never any of its content. */
export class FileRefusal extends Error {
  constructor(
    message: string,
    readonly missing = false,
  ) {
    super(message);
    this.name = 'FileRefusal';
  }
}

export const MiB = 2 ** 20;

export function readRegularFile(path: string, maxBytes: number, opts: { noFollow?: boolean } = {}): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (opts.noFollow ? constants.O_NOFOLLOW : 0));
  } catch (e) {
    throw refusalOf(e as NodeJS.ErrnoException);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new FileRefusal(`is ${kindOf(st)}, not a regular file`);
    if (st.size > maxBytes) throw new FileRefusal(`is larger than the ${limitText(maxBytes)} limit`);
    // read to the end, never past the limit: a file may have grown since fstat
    let buf = Buffer.allocUnsafe(Math.min(st.size, maxBytes) + 1);
    let n = 0;
    for (;;) {
      if (n === buf.length) {
        if (n > maxBytes) throw new FileRefusal(`is larger than the ${limitText(maxBytes)} limit`);
        const bigger = Buffer.allocUnsafe(Math.min(2 * n, maxBytes + 1));
        buf.copy(bigger, 0, 0, n);
        buf = bigger;
      }
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) return buf.subarray(0, n);
      n += got;
    }
  } finally {
    closeSync(fd);
  }
}

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a plain file';
}

function refusalOf(e: NodeJS.ErrnoException): FileRefusal {
  switch (e.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new FileRefusal('cannot be found', true);
    case 'EISDIR':
      return new FileRefusal('is a folder, not a regular file');
    case 'ELOOP':
      return new FileRefusal('is a symbolic link that changed while it was read');
    case 'EACCES':
    case 'EPERM':
      return new FileRefusal('cannot be read (permission denied)');
    case 'ENXIO':
      return new FileRefusal('is a socket or a device without a reader, not a regular file');
    default:
      return new FileRefusal(`cannot be opened (${e.code ?? e.message})`);
  }
}

export function limitText(bytes: number): string {
  return bytes >= MiB ? `${+(bytes / MiB).toFixed(1)} MiB` : bytes >= 1024 ? `${+(bytes / 1024).toFixed(1)} KiB` : `${bytes} B`;
}
