/** The gate control list length limits a scenario declares (`gates.maxEntries`), per port, for SynthesisOptions.maxEntries. */
import type { Model, PortModel } from '../../scenario/model.ts';

interface GatesJson {
  maxEntries?: number;
}
interface TsnJson {
  gates?: GatesJson;
  ports?: Record<string, { gates?: GatesJson }>;
}

export function gateLimits(scenario: unknown, model: Model): (port: PortModel) => number | undefined {
  const nodes = ((scenario as { nodes?: { id?: string; tsn?: TsnJson }[] })?.nodes ?? []) as { id?: string; tsn?: TsnJson }[];
  return (port) => {
    const tsn = nodes.find((n) => n.id === model.nodes[port.from].id)?.tsn;
    return tsn?.ports?.[model.nodes[port.to].id]?.gates?.maxEntries ?? tsn?.gates?.maxEntries;
  };
}
