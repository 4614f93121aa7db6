/**
 * yanglint (Debian libyang2-tools) with the YANG modules the switch configurations follow, for
 * the tests. The IETF modules come from Debian (libyuma-base; libyang itself carries
 * ietf-yang-types and ietf-inet-types); the IEEE 802.1 modules from the folder schema/yang/README.md
 * names ($NETLOOM_YANG_DIR, else shared/data/yang beside the repository). `missing` says why the
 * checks cannot run here, if they cannot.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const IETF = {
  interfaces: '/usr/share/yuma/nmda-modules/ietf/ietf-interfaces@2018-02-20.yang',
  ifType: '/usr/share/yuma/modules/ietf/iana-if-type@2014-05-08.yang',
  netconf: '/usr/share/yuma/modules/ietf/ietf-netconf@2011-06-01.yang',
};
/** the IEEE modules, implemented (their identities are used as values) */
export const IEEE_MODULES = [
  'ieee802-types',
  'ieee802-dot1q-types',
  'ieee802-dot1q-bridge',
  'ieee802-dot1q-sched',
  'ieee802-dot1q-sched-bridge',
  'ieee802-dot1q-cbsa',
  'ieee802-dot1q-cbsa-bridge',
  'ieee802-dot1q-preemption',
  'ieee802-dot1q-preemption-bridge',
];

const ieeeDir = [process.env.NETLOOM_YANG_DIR, join(ROOT, '../shared/data/yang'), join(ROOT, '../../shared/data/yang')].find(
  (d) => d !== undefined && IEEE_MODULES.every((m) => existsSync(join(d, `${m}.yang`))),
);
const version = spawnSync('yanglint', ['--version'], { encoding: 'utf8' });

export const missing: string | undefined =
  version.status !== 0
    ? 'yanglint is not installed (apt-get install libyang2-tools)'
    : !Object.values(IETF).every(existsSync)
      ? 'the IETF modules of libyuma-base are not installed (apt-get install libyuma-base)'
      : ieeeDir === undefined
        ? `the IEEE 802.1 YANG modules (${IEEE_MODULES.join(', ')}) are in neither $NETLOOM_YANG_DIR nor shared/data/yang: see schema/yang/README.md`
        : undefined;

export interface Verdict {
  ok: boolean;
  /** yanglint's messages */
  output: string;
}

/**
 * Validates `text` (its format from `ext`: "xml" or "json") as `type` data: "config" (a complete
 * configuration datastore: mandatory nodes, must and when statements, leafrefs) or "nc-rpc" (a
 * NETCONF request, envelope included: ietf-netconf is loaded). With `print`, the output is the data
 * as yanglint reads it, in that encoding.
 */
export function yanglint(text: string, ext: 'xml' | 'json', type: 'config' | 'nc-rpc', print?: 'json'): Verdict {
  if (missing || !ieeeDir) throw new Error(`yanglint cannot run: ${missing}`);
  const dir = mkdtempSync(join(tmpdir(), 'netloom-yang-'));
  try {
    const file = join(dir, `data.${ext}`);
    writeFileSync(file, text);
    const modules = [IETF.interfaces, IETF.ifType, IETF.netconf, ...IEEE_MODULES.map((m) => join(ieeeDir, `${m}.yang`))];
    const r = spawnSync('yanglint', ['-D', '-p', ieeeDir, ...modules, '-t', type, ...(print ? ['-f', print] : []), file], { encoding: 'utf8' });
    return { ok: r.status === 0, output: `${r.stdout}${r.stderr}`.trim() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
