/**
 * The bill of materials of a plan: what to buy or do for each action, at the catalog's prices,
 * with where it goes. Items of the same kind and price are one line with their quantity and
 * places. Each action's lines add up to exactly what the planner charged for it (`costOf`).
 */
import { type Action, metres, tiersFor } from '../../plan/actions.ts';
import type { Catalog } from '../../plan/catalog.ts';
import { linkId } from '../../scenario/linkId.ts';
import type { ScenarioJson } from '../../scenario/schema.ts';

export interface BomLine {
  item: string;
  quantity: number;
  /** "each", "m" */
  unit: string;
  unitPrice: number;
  /** the links, nodes or flows it is for */
  where: string[];
}

export interface BillOfMaterials {
  currency: string;
  lines: BomLine[];
  total: number;
}

type Part = Omit<BomLine, 'where'> & { where: string };

/** What one action buys, at the catalog's prices (the planner's cost of the action, item by item). */
export function partsOf(a: Action, doc: ScenarioJson, c: Catalog): Part[] {
  const each = (item: string, unitPrice: number, where: string, quantity = 1): Part => ({ item, quantity, unit: 'each', unitPrice, where });
  const model = (id: string) => c.switchModels.find((m) => m.id === id);
  switch (a.kind) {
    case 'link-rate': {
      const tier = tiersFor(a.link, doc, c).find((t) => t.rate === a.rate);
      const parts = [each(`${tier?.label ? `${tier.label}, ` : ''}${a.rate} link (both ends and labour)`, tier?.cost ?? 0, a.link)];
      if (!a.fiber) return parts;
      const length = metres(doc.links.find((l) => linkId(l) === a.link)?.length);
      parts.push(each('copper to fiber conversion (transceivers, pulling)', c.fiberPerLink, a.link));
      if (length > 0) parts.push({ item: 'fiber cable', quantity: length, unit: 'm', unitPrice: c.fiberPerMetre, where: a.link });
      return parts;
    }
    case 'switch':
      return [each(model(a.model)?.label ?? a.model, model(a.model)?.cost ?? 0, a.node)];
    case 'priority':
      return [each('802.1Q priority configuration', c.priorityChange, a.flow)];
    case 'reroute':
      return [each('explicit route configuration', c.reroute, a.flow)];
    case 'gpu':
      return [each('accelerator server', c.gpuServer, a.node, a.add)];
    case 'edge-server':
      return [each(`edge GPU server with its ${c.edgeServerUplink} uplink`, c.edgeServer, `${a.id} at ${a.at}`)];
    case 'new-link':
      return [each(`new ${c.newLinkRate} link`, c.newLink, `${a.from} – ${a.to}`)];
    case 'wifi-ap':
      return [each('Wi-Fi 7 access point', c.wifiAp, a.node)];
    case 'cell-urllc':
      return [each('5G URLLC configuration (licence and integration)', c.cellUrllc, a.node)];
    case 'tsn-schedule':
      return [
        ...a.switches.map((s) => each(model(a.model)?.label ?? a.model, model(a.model)?.cost ?? 0, s)),
        each(`802.1Qbv gate schedule for ${a.flows.length} flow${a.flows.length === 1 ? '' : 's'} (engineering)`, c.tsnSchedule, 'the scheduled switches'),
      ];
  }
}

/** The bill of materials of `actions` on `doc` (the scenario as planned, groups expanded). */
export function billOfMaterials(actions: readonly Action[], doc: ScenarioJson, c: Catalog): BillOfMaterials {
  const lines = new Map<string, BomLine>();
  for (const a of actions)
    for (const p of partsOf(a, doc, c)) {
      const key = `${p.item}\u0000${p.unit}\u0000${p.unitPrice}`;
      const line = lines.get(key);
      if (line) {
        line.quantity += p.quantity;
        if (!line.where.includes(p.where)) line.where.push(p.where);
      } else lines.set(key, { ...p, where: [p.where] });
    }
  const list = [...lines.values()];
  return { currency: c.currency, lines: list, total: list.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0) };
}
