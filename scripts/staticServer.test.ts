import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
// @ts-expect-error plain JS module
import { resolveInside, serveStatic } from './staticServer.mjs';

describe('static server', () => {
  test('never resolves outside its root', () => {
    expect(resolveInside('/srv/web', '/index.html')).toBe('/srv/web/index.html');
    expect(resolveInside('/srv/web', '/../../etc/passwd')).toBe('/srv/web/etc/passwd');
    expect(resolveInside('/srv/web', '/..%2f..%2fetc%2fpasswd')).toBe('/srv/web/etc/passwd');
    expect(resolveInside('/srv/web', '/%E0%A4%A')).toBeNull();
  });

  test('serves files with their type, 404 otherwise', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netloom-web-'));
    writeFileSync(join(dir, 'index.html'), '<p>hi</p>');
    const s = await serveStatic(dir);
    try {
      const ok = await fetch(s.url);
      expect(ok.headers.get('content-type')).toMatch(/text\/html/);
      expect(await ok.text()).toBe('<p>hi</p>');
      expect((await fetch(s.url + 'missing.js')).status).toBe(404);
    } finally {
      await s.close();
    }
  });
});
