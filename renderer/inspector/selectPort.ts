/**
 * A port is a node and one of its links (the egress queue out of that node onto that link). Selecting one
 * selects both, keeping the focused flow: the topology marks the switch and the link, and the inspector
 * shows the switch with that port's row marked in its ports list.
 */
import { linkId, type ScenarioJson } from '../../sim/api/index.ts';
import type { Selection } from '../state/AppState.ts';
import { select } from '../state/editActions.ts';

export function selectPort(node: string, link: string): void {
  select({ nodes: [node], links: [link] });
}

/** The selection is one node and one of its own links. */
export function isPortSelection(sel: Selection, scenario: Pick<ScenarioJson, 'links'>): boolean {
  if (sel.nodes.length !== 1 || sel.links.length !== 1) return false;
  const l = scenario.links.find((k) => linkId(k) === sel.links[0]);
  return l !== undefined && (l.from === sel.nodes[0] || l.to === sel.nodes[0]);
}
