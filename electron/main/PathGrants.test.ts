import { describe, expect, test } from 'vitest';
import { PathGrants, PathNotGrantedError } from './PathGrants.ts';

describe('PathGrants', () => {
  test('a path a dialog returned is granted, in any spelling that resolves to it', () => {
    const g = new PathGrants(() => []);
    expect(g.isGranted('/home/u/plant.json')).toBe(false);
    g.grant('/home/u/plant.json');
    expect(g.isGranted('/home/u/plant.json')).toBe(true);
    expect(g.isGranted('/home/u/./drafts/../plant.json')).toBe(true);
    expect(g.isGranted('/home/u//plant.json')).toBe(true);
  });

  test('the Open Recent list grants its paths, read afresh each time', () => {
    let recent = ['/srv/plants/mill.json'];
    const g = new PathGrants(() => recent);
    expect(g.isGranted('/srv/plants/mill.json')).toBe(true);
    recent = [];
    expect(g.isGranted('/srv/plants/mill.json')).toBe(false);
  });

  test('anything else is refused: other files, folders above, climbing out, relative paths', () => {
    const g = new PathGrants(() => ['/srv/plants/mill.json']);
    g.grant('/home/u/plant.json');
    for (const p of [
      '/home/u/.bashrc',
      '/home/u',
      '/home/u/plant.json/../.ssh/id_ed25519',
      '/etc/shadow',
      'plant.json',
      '../u/plant.json',
      '/home/u/plant.json.bak',
    ])
      expect(g.isGranted(p), p).toBe(false);
  });

  test('check names the method and the path, and returns the normalised path', () => {
    const g = new PathGrants(() => []);
    g.grant('/home/u/plant.json');
    expect(g.check('saveFile', '/home/u/x/../plant.json')).toBe('/home/u/plant.json');
    expect(() => g.check('openPath', '/etc/passwd')).toThrow(PathNotGrantedError);
    expect(() => g.check('openPath', '/etc/passwd')).toThrow(
      'app:openPath: refused: /etc/passwd was not chosen in a file dialog in this session and is not in Open Recent',
    );
  });
});
