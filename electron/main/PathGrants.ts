/**
 * The paths the renderer may name: those a file dialog returned in this session and those
 * the Open Recent list holds. The renderer is untrusted input (Electron's security
 * checklist): a page that was made to call openPath('/etc/shadow') or saveFile over
 * ~/.bashrc is refused before any file is touched.
 *
 * Paths are compared absolute and normalised (`a/./b/../c` is `a/c`); a relative path is
 * never granted. Case is compared as is, which can only refuse more on a case-insensitive disk.
 */
import { isAbsolute, resolve } from 'node:path';

export class PathNotGrantedError extends Error {
  constructor(method: string, path: string) {
    super(`app:${method}: refused: ${path} was not chosen in a file dialog in this session and is not in Open Recent`);
    this.name = 'PathNotGrantedError';
  }
}

export class PathGrants {
  private readonly granted = new Set<string>();

  /** `recent` lists the Open Recent paths (read each time: the list changes on disk). */
  constructor(private readonly recent: () => string[]) {}

  /** A path a dialog returned (or main itself trusts); returns it normalised. */
  grant(path: string): string {
    const p = resolve(path);
    this.granted.add(p);
    return p;
  }

  isGranted(path: string): boolean {
    if (!isAbsolute(path)) return false;
    const p = resolve(path);
    return this.granted.has(p) || this.recent().some((r) => isAbsolute(r) && resolve(r) === p);
  }

  /** The normalised path, or PathNotGrantedError naming the IPC method. */
  check(method: string, path: string): string {
    if (!this.isGranted(path)) throw new PathNotGrantedError(method, path);
    return resolve(path);
  }
}
