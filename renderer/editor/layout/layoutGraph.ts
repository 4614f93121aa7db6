/**
 * The drawn graph as ELK lays it out: every node's box (the glyph, NW × NH) and the room its name (and a
 * collapsed group's summary line) needs under it, links pointing towards the network's centre
 * (orientToCentre.ts), and a key that changes only when what is drawn changes (which nodes, which
 * collapsed, which links) — not when a node moves, so a drag does not lay out again.
 */
import type { CollapsedView } from '../../model/collapsedView.ts';
import { NH, NW } from '../glyphSize.ts';
import type { LayoutGraph } from './elkLayout.ts';
import { orientToCentre } from './orientToCentre.ts';

/** px per character of a name (10.5 px type) and of a group's summary line (9.5 px) */
const NAME_EM = 6.2;
const SUMMARY_WIDTH = 150;

export function layoutGraph(view: CollapsedView): LayoutGraph & { key: string } {
  const nodes = view.nodes.map((n) => {
    const name = n.collapsed ? n.collapsed.label : n.id;
    const width = Math.max(NW, NAME_EM * name.length, n.collapsed ? SUMMARY_WIDTH : 0);
    return { id: n.id, width: NW, height: NH, label: { width, height: n.collapsed ? 28 : 14 } };
  });
  const links = orientToCentre(
    nodes.map((n) => n.id),
    view.links.map((l) => ({ key: l.key, from: l.from, to: l.to })),
  );
  const key = `${view.nodes.map((n) => (n.collapsed ? `${n.id}+` : n.id)).join('\n')}\n|\n${links.map((l) => `${l.key}:${l.from}>${l.to}`).join('\n')}`;
  return { nodes, links, key };
}
