/** The scenario as JSON the planner edits (unit strings kept, so an upgraded scenario reads like the original). */
export interface NodeDoc {
  id: string;
  type: string;
  position?: [number, number, number];
  switch?: Record<string, unknown>;
  nic?: Record<string, unknown>;
  compute?: Record<string, unknown>;
  [k: string]: unknown;
}

export interface LinkDoc {
  id?: string;
  from: string;
  to: string;
  rate: string;
  delay?: string;
  length?: string;
  medium?: string;
  [k: string]: unknown;
}

export interface FlowDoc {
  id: string;
  from: string;
  to: string;
  priority?: number;
  path?: string[];
  response?: { size: unknown; to?: string };
  [k: string]: unknown;
}

export interface ScenarioDoc {
  name: string;
  nodes: NodeDoc[];
  links: LinkDoc[];
  flows: FlowDoc[];
  simulation?: Record<string, unknown>;
  [k: string]: unknown;
}

export const linkId = (l: LinkDoc): string => l.id ?? `${l.from}-${l.to}`;
