/**
 * LLDP tables printed by lldpd itself (Debian package lldpd 1.0): a core switch, a cell switch and
 * three end devices, each a network namespace running lldpd, cabled by veth pairs
 * (test/fixtures/import/lldp/lldpd/make_tables.sh). `lldpcli -f json` and `-f json0` import to the
 * plant that script cabled: its 5 devices, 4 cables, the switches (bridges) as switches, and each
 * device's chassis MAC and management address. Where lldpd can run (root, network namespaces),
 * the tables are made again and import to the same plant.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importTopology } from '../../sim/api/importTopology.ts';

const FX = 'test/fixtures/import/lldp/lldpd';
/** lldpd installed, and network namespaces can be made (root, a kernel that allows them) */
function canRunLldpd(): boolean {
  if (spawnSync('lldpd', ['-v']).status !== 0 || process.getuid?.() !== 0) return false;
  const probe = `nl-probe-${process.pid}`;
  const made = spawnSync('ip', ['netns', 'add', probe]).status === 0;
  if (made) spawnSync('ip', ['netns', 'del', probe]);
  return made;
}
const HAS_LLDPD = canRunLldpd();

/** the scenario of a folder's tables in one format, nodes and links in a stable order */
function plant(dir: string, json0: boolean) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f.includes('.json0.') === json0)
    .map((f) => ({ name: f.replace('.json0', ''), text: readFileSync(join(dir, f), 'utf8') }));
  const { scenario } = importTopology(files, { kind: 'lldp' });
  return {
    nodes: scenario.nodes.map((n) => `${n.id} ${n.type} ${(n.addresses ?? []).join(' ')}`).sort(),
    links: scenario.links.map((l) => [l.from, l.to].sort().join('–')).sort(),
  };
}

const CABLED = {
  nodes: [
    'cam1 host 02:00:00:00:04:01 10.0.0.22',
    'edge1 host 02:00:00:00:05:01 10.0.0.5',
    'plc1 host 02:00:00:00:03:01 10.0.0.21',
    'sw-cell switch 02:00:00:00:02:09 10.0.0.2',
    'sw-core switch 02:00:00:00:01:01 10.0.0.1',
  ],
  links: ['cam1–sw-cell', 'edge1–sw-core', 'plc1–sw-cell', 'sw-cell–sw-core'],
};

describe("lldpd's own neighbour tables", () => {
  it.each([false, true])('json0 %s: the plant make_tables.sh cabled', (json0) => {
    expect(plant(FX, json0)).toEqual(CABLED);
  });

  it.skipIf(!HAS_LLDPD)(
    'made again by lldpd (lldpd present, network namespaces allowed): the same plant',
    () => {
      const out = mkdtempSync(join(tmpdir(), 'lldpd-'));
      const r = spawnSync('bash', [`${FX}/make_tables.sh`], { env: { ...process.env, OUT: out }, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(plant(out, false)).toEqual(CABLED);
      expect(plant(out, true)).toEqual(CABLED);
    },
    120_000,
  );
  if (!HAS_LLDPD) it('lldpd is not installed, or network namespaces cannot be made here: the tables were not made again', () => {});
});
