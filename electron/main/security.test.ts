import { describe, expect, test } from 'vitest';
import { ALL_METHODS_LISTED, MAIN_API_METHODS } from '../common/ipc.ts';
import { isTrustedSender, isTrustedUrl } from './isTrustedSender.ts';
import { resolveAppFile } from './resolveAppFile.ts';
import { windowOptions } from './windowOptions.ts';

describe('window security', () => {
  test('context isolation and sandbox on, Node integration and webviews off', () => {
    const w = windowOptions('/app/preload.cjs').webPreferences!;
    expect(w).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
  });

  test('only the app page in the top frame is a trusted IPC sender', () => {
    expect(isTrustedSender({ url: 'app://netloom/index.html', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://netloom/index.html', parent: {} })).toBe(false); // an iframe
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'file:///etc/passwd', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedUrl('app://netloom.evil/')).toBe(false);
  });

  test('app:// serves files of the built renderer only', () => {
    expect(resolveAppFile('/srv/web', 'app://netloom/index.html')).toBe('/srv/web/index.html');
    expect(resolveAppFile('/srv/web', 'app://netloom/')).toBe('/srv/web/index.html');
    expect(resolveAppFile('/srv/web', 'app://netloom/assets/a.js?x=1')).toBe('/srv/web/assets/a.js');
    // dot segments are normalised by URL parsing and stay inside the root…
    expect(resolveAppFile('/srv/web', 'app://netloom/../../etc/passwd')).toBe('/srv/web/etc/passwd');
    expect(resolveAppFile('/srv/web', 'app://netloom/%2e%2e/%2e%2e/etc/passwd')).toBe('/srv/web/etc/passwd');
    // …and encoded slashes that would climb out after decoding are refused
    expect(resolveAppFile('/srv/web', 'app://netloom/..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolveAppFile('/srv/web', 'app://netloom/a%00.js')).toBeNull();
    expect(resolveAppFile('/srv/web', 'app://other/index.html')).toBeNull();
    expect(resolveAppFile('/srv/web', 'file:///etc/passwd')).toBeNull();
  });

  test('the IPC contract lists every method once', () => {
    expect(ALL_METHODS_LISTED).toBe(true);
    expect(new Set(MAIN_API_METHODS).size).toBe(MAIN_API_METHODS.length);
  });
});
