/**
 * GraphML as yEd, Gephi and NetworkX write it: a node's role/type, label and x/y, an edge's
 * speed/bandwidth, under the attribute names these tools use; yEd's drawing data (the node's
 * label and geometry, which have no attribute name) are read from its elements.
 */
import { baseName, type Importer } from '../Importer.ts';
import { mapRole } from '../mapRole.ts';
import { parseSpeed, rateText } from '../parseSpeed.ts';
import { TopologyBuilder } from '../TopologyBuilder.ts';
import { readGraphml } from './readGraphml.ts';

const ROLE_KEYS = ['role', 'type', 'device_role', 'device_type', 'kind', 'category', 'nodetype', 'node_type'];
const LABEL_KEYS = ['label', 'name', 'description'];
const SPEED_KEYS = ['speed', 'bandwidth', 'rate', 'capacity', 'link_speed', 'linkspeed', 'bw'];

const pick = (attrs: Record<string, unknown>, keys: readonly string[]): [string, unknown] | undefined => {
  const lower = new Map(Object.keys(attrs).map((k) => [k.toLowerCase(), k]));
  for (const k of keys) {
    const key = lower.get(k);
    if (key !== undefined && attrs[key] !== '' && attrs[key] !== undefined) return [key, attrs[key]];
  }
  return undefined;
};

export const graphmlImporter: Importer = {
  kind: 'graphml',
  describe: 'GraphML (yEd, Gephi, NetworkX): node role/type, label, x/y; edge speed/bandwidth',
  recognises: (f) => /\.graphml$/i.test(f.name) || /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<graphml[\s>]/.test(f.text.slice(0, 4096)),
  read(files, options) {
    const b = new TopologyBuilder();
    let name = options.name;
    for (const f of files) {
      const { graph, nodeAt, edgeAt, nodeElement, name: graphName } = readGraphml(f);
      name ??= graphName;
      let positioned = 0;
      graph.forEachNode((id, attrs) => {
        const where = `${f.name}:${nodeAt.get(id)}`;
        const role = pick(attrs, ROLE_KEYS);
        let type = role === undefined ? undefined : mapRole(String(role[1]));
        if (role !== undefined && type === undefined) {
          type = 'host';
          b.assume(where, `${id}: ${role[0]} "${role[1]}" not known → host`);
        } else if (role !== undefined) b.map(where, `${id}: ${role[0]} "${role[1]}" → ${type}`);
        const yed = yedNode(nodeElement.get(id));
        const label = pick(attrs, LABEL_KEYS)?.[1] ?? yed.label;
        const x = Number(attrs.x ?? yed.x);
        const y = Number(attrs.y ?? yed.y);
        const position: [number, number, number] | undefined = Number.isFinite(x) && Number.isFinite(y) ? [x, y, Number(attrs.z ?? 0) || 0] : undefined;
        if (position) positioned++;
        b.device(id, { type, label: label === undefined || label === id ? undefined : String(label), position }, where);
      });
      if (positioned > 0)
        b.assume(
          `${f.name}`,
          `x/y of ${positioned} node${positioned === 1 ? '' : 's'} read as metres on the plant floor ` +
            '(a link without a length takes its delay from the distance)',
        );
      let i = 0;
      graph.forEachEdge((_, attrs, source, target) => {
        const where = `${f.name}:${edgeAt[i++]}`;
        const speed = pick(attrs, SPEED_KEYS);
        let rate: number | undefined;
        if (speed !== undefined) {
          const [key, value] = speed;
          rate = parseSpeed(String(value));
          if (rate === undefined && Number.isFinite(Number(value))) {
            rate = Number(value) * 1e6;
            b.assume(where, `${source}–${target}: ${key} ${value} has no unit → read as Mb/s (${rateText(rate)})`);
          } else if (rate === undefined)
            b.assume(where, `${source}–${target}: ${key} "${value}" not understood (expected e.g. 1G, 100 Mb/s) → left to the default`);
          else b.map(where, `${source}–${target}: ${key} "${value}" → ${rateText(rate)}`);
        }
        b.link({ from: source, to: target, rate }, where);
      });
    }
    return b.finish(name ?? baseName(files[0].name));
  },
};

/** yEd's label and geometry of a node (<y:NodeLabel>, <y:Geometry x y>), when it has them. */
function yedNode(e: Element | undefined): { label?: string; x?: string; y?: string } {
  if (!e) return {};
  const geometry = e.getElementsByTagName('y:Geometry')[0];
  const label = e.getElementsByTagName('y:NodeLabel')[0]?.textContent?.trim();
  return { label: label || undefined, x: geometry?.getAttribute('x') ?? undefined, y: geometry?.getAttribute('y') ?? undefined };
}
