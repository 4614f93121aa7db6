/** Maps an app://netloom/… URL to a file of the built renderer, or null outside it. */
import { resolve, sep } from 'node:path';

export function resolveAppFile(root: string, url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'app:' || u.host !== 'netloom') return null;
  let path: string;
  try {
    path = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const base = resolve(root);
  const full = resolve(base, '.' + (path === '/' ? '/index.html' : path));
  return full.startsWith(base + sep) ? full : null;
}
