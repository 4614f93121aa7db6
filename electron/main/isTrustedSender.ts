/** Only the app's own page (served from app://netloom/) may call main; not iframes, not other origins. */
export function isTrustedUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'app:' && u.host === 'netloom';
  } catch {
    return false;
  }
}

/** `frame` is Electron's event.senderFrame: it must exist, be the top frame, and show our page. */
export function isTrustedSender(frame: { url: string; parent: unknown } | null | undefined): boolean {
  return !!frame && frame.parent === null && isTrustedUrl(frame.url);
}
