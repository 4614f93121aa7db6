/**
 * The plant as a NED network (OMNeT++ 6, INET 4.5): one submodule per node, at its plant-floor
 * position, and one `<-->` connection per link through a DatarateChannel with the link's rate,
 * propagation delay and frame loss.
 */
import { maxOf, minOf } from '../../core/extrema.ts';
import { importOf, type InetPlant } from './inetPlant.ts';
import { commentText, nedRate, nedTime } from './nedUnits.ts';

/** pixels per metre of plant floor in the network's picture */
const SCALE = 10;

export function inetNed(p: InetPlant): string {
  const { model } = p;
  const base = p.tsn ? 'TsnNetworkBase' : 'WiredNetworkBase';
  const types = [...new Set(p.types)].sort();
  const xs = model.nodes.map((n) => n.position?.[0] ?? 0);
  const ys = model.nodes.map((n) => n.position?.[1] ?? 0);
  const [x0, y0, y1] = [minOf(xs), minOf(ys), maxOf(ys)];
  const at = (i: number) => {
    const pos = model.nodes[i].position;
    // nodes without a position go on a row under the plant
    if (!pos) return [50 + (i % 40) * 60, 50 + Math.round((y1 - y0) * SCALE) + 100 + Math.floor(i / 40) * 60];
    return [50 + Math.round((pos[0] - x0) * SCALE), 50 + Math.round((pos[1] - y0) * SCALE)];
  };
  const lines = [
    `// ${commentText(model.name)}: written by NetLoom for OMNeT++ 6 and INET 4.5.`,
    '// Each submodule is a NetLoom node (its id and type in the comment); each connection a link,',
    '// with its rate, its propagation delay and its frame loss. What INET cannot express is listed in omnetpp.ini.',
    '',
    `import inet.networks.base.${base};`,
    ...types.map((t) => `import ${importOf(t)};`),
    'import ned.DatarateChannel;',
    '',
    `network ${p.network} extends ${base}`,
    '{',
    '    submodules:',
    ...model.nodes.map((n, i) => {
      const [x, y] = at(i);
      return `        ${p.names[i]}: ${p.types[i]} { @display("p=${x},${y}"); } // ${commentText(n.id)} (${n.type})`;
    }),
    '    connections:',
    ...model.links.map((l, i) => {
      const loss = l.loss > 0 ? ` per = ${l.loss};` : '';
      return (
        `        ${p.names[l.from]}.ethg++ <--> DatarateChannel { datarate = ${nedRate(l.rateBps)}; delay = ${nedTime(l.delayPs)};${loss} } ` +
        `<--> ${p.names[l.to]}.ethg++; // ${commentText(l.id)}: ethg[${p.fromPort[i]}] to ethg[${p.toPort[i]}]`
      );
    }),
    '}',
    '',
  ];
  return lines.join('\n');
}
