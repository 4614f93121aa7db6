/**
 * Find by name (Ctrl+F): devices, links and flows whose id (or a node's label) contains the
 * query, case-insensitive; exact matches first, then prefixes, then the rest, each in file order.
 */
import { linkId } from '../../sim/api/index.ts';

export interface Found {
  kind: 'node' | 'link' | 'flow';
  id: string;
  /** what to show: the id, and a node's label or type, a link's ends, a flow's ends */
  detail: string;
}

export interface FindInput {
  nodes: readonly { id: string; type: string; label?: unknown }[];
  links: readonly { id?: string; from: string; to: string }[];
  flows?: readonly { id: string; from?: unknown; to?: unknown }[];
}

export function findInScenario(s: FindInput, query: string, limit = 8): Found[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const ranked: { f: Found; rank: number; i: number }[] = [];
  let i = 0;
  const offer = (f: Found, ...names: string[]) => {
    let rank = 3;
    for (const name of names) {
      const n = name.toLowerCase();
      rank = Math.min(rank, n === q ? 0 : n.startsWith(q) ? 1 : n.includes(q) ? 2 : 3);
    }
    if (rank < 3) ranked.push({ f, rank, i: i++ });
  };
  for (const n of s.nodes)
    offer({ kind: 'node', id: n.id, detail: typeof n.label === 'string' ? n.label : n.type }, n.id, typeof n.label === 'string' ? n.label : '');
  for (const l of s.links) offer({ kind: 'link', id: linkId(l), detail: `${l.from} – ${l.to}` }, linkId(l));
  for (const f of s.flows ?? []) offer({ kind: 'flow', id: f.id, detail: `${String(f.from)} → ${String(f.to)}` }, f.id);
  ranked.sort((a, b) => a.rank - b.rank || a.i - b.i);
  return ranked.slice(0, limit).map((r) => r.f);
}
