/**
 * A flow's route as a person reads it: "PLC1 → DRV1"; a request flow goes to the compute node
 * that serves it and its response on to where it goes, "CAM1 → EDGE1 → PLC1", or back,
 * "CAM1 → EDGE1 → CAM1" — never "CAM1 → CAM1".
 */
import { asText } from './asText.ts';

export interface FlowEnds {
  from: unknown;
  /** where the flow ends: the destination, or where a request's response goes */
  to: unknown;
  /** the compute node that serves a request flow */
  via?: unknown;
}

export function formatRoute(f: FlowEnds, arrow = ' → '): string {
  return [f.from, ...(f.via !== undefined ? [f.via] : []), f.to].map(asText).join(arrow);
}

/** The ends of a flow as the scenario writes it: a request flow's `to` is its compute node, its response goes to `response.to`, by default back to `from`. */
export function scenarioFlowEnds(f: { from?: unknown; to?: unknown; response?: unknown }): FlowEnds {
  const response = f.response && typeof f.response === 'object' ? (f.response as { to?: unknown }) : null;
  return response ? { from: f.from, via: f.to, to: response.to ?? f.from } : { from: f.from, to: f.to };
}
