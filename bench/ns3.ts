/** Builds and runs the ns-3 reference program of ../shared/anchors/ns3 when ns-3 3.37 is installed. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Ns3Run {
  runS: number;
  processS: number;
  events: number;
  packetHops: number;
  delaySumsNs: Record<string, number>;
  maxRssKb: number;
}

export function ns3Available(anchors: string): string | undefined {
  if (!existsSync(join(anchors, 'r1_line_cell.cc'))) return `no reference program at ${anchors}`;
  if (!existsSync('/usr/include/ns3/core-module.h')) return 'ns-3 is not installed (apt-get install libns3-dev)';
  return undefined;
}

/** Compiles r1_line_cell.cc as the anchors' build.sh does (same flags), into outDir. */
export function buildNs3(anchors: string, outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  const bin = join(outDir, 'r1_line_cell');
  const src = join(anchors, 'r1_line_cell.cc');
  if (existsSync(bin) && statSync(bin).mtimeMs > statSync(src).mtimeMs) return bin;
  const libs = ['-lns3-point-to-point', '-lns3-internet', '-lns3-traffic-control', '-lns3-network', '-lns3-core'];
  execFileSync('g++', ['-O2', '-std=c++17', '-w', '-I/usr/include', src, '-o', bin, ...libs], { stdio: 'inherit' });
  return bin;
}

export function runNs3(bin: string, variant: string): Ns3Run {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', bin, `--variant=${variant}`], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const processS = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`ns-3 run failed: ${r.stderr}`);
  const out = JSON.parse(r.stdout);
  const delaySumsNs: Record<string, number> = {};
  for (const [cls, c] of Object.entries<{ delay_ns: { sum: number } }>(out.classes)) delaySumsNs[cls] = c.delay_ns.sum;
  return { runS: out.wall.run_s, processS, events: out.events, packetHops: out.packet_hops, delaySumsNs, maxRssKb: Number(r.stderr.trim().split('\n').pop()) };
}

export function ns3Version(): string {
  try {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: ${Version} is dpkg-query's own format field, not a template
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', 'libns3-dev'], { encoding: 'utf8' });
  } catch {
    return 'unknown';
  }
}
