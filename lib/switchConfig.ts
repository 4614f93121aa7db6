/** Each switch's configuration as NETCONF and RESTCONF documents (as `netloom config`), in this thread. */
import { loadScenario, type Model, scheduledModel, type SwitchConfigs, switchConfig as configsOf } from '../sim/api/index.ts';
import { partsOf, type ScenarioLike } from './Scenario.ts';

export interface SwitchConfigOptions {
  /** the documents to make: "netconf", "restconf" or "both" (the default) */
  format?: 'netconf' | 'restconf' | 'both';
  /** configure the gates of the schedule `schedule()` computes (as `netloom config --schedule`), not the scenario's own */
  schedule?: boolean;
}

/** A switch's documents, as the format asks: each the text of `netloom config`'s file for it. */
export interface SwitchConfig {
  /** the switch's id */
  node: string;
  /** egress ports configured, and how many of them carry gates or credit-based shapers */
  ports: number;
  gated: number;
  shaped: number;
  /** RFC 6241 <rpc><edit-config> on the running datastore (NODE.netconf.xml) */
  netconf?: string;
  /** RFC 8040 / RFC 7951 JSON, the body of PATCH {+restconf}/data (NODE.restconf.json) */
  restconf?: string;
}

export interface SwitchConfigResult {
  /** the YANG modules (name@revision) the switches must implement */
  modules: readonly string[];
  switches: SwitchConfig[];
  /** what had to be assumed: review these */
  assumed: string[];
}

/**
 * Per switch, a NETCONF `<edit-config>` (XML) and a RESTCONF PATCH body (RFC 7951 JSON) in the IEEE 802.1Q
 * YANG modules that set what the simulation assumed of it: the PCP → traffic class table, the credit-based
 * shapers' idle slopes, the 802.1Qbv gate lists and the 802.1Qbu express classes. Throws ScenarioError for a
 * bad scenario, RangeError for bad options, when `schedule` finds no schedule, or when there is no switch; and
 * YangValueError when a value cannot be written exactly.
 */
export async function switchConfig(scenario: ScenarioLike, options: SwitchConfigOptions = {}): Promise<SwitchConfigResult> {
  const format = options.format ?? 'both';
  if (!['netconf', 'restconf', 'both'].includes(format))
    throw new RangeError(`options.format: expected "netconf", "restconf" or "both", got ${JSON.stringify(options.format)}`);
  const { doc, files } = partsOf(scenario);
  const model = loadScenario(doc, files);
  const configs: SwitchConfigs = configsOf(options.schedule ? scheduled(doc, model, files) : model);
  if (configs.switches.length === 0) throw new RangeError('the scenario has no switch (type "switch"): there is nothing to configure');
  return {
    modules: configs.modules,
    switches: configs.switches.map(({ netconf, restconf, ...s }) => ({
      ...s,
      ...(format !== 'restconf' ? { netconf } : {}),
      ...(format !== 'netconf' ? { restconf } : {}),
    })),
    assumed: configs.assumed,
  };
}

/** The model with the gates of the synthesized schedule, as `netloom config --schedule` configures it. */
function scheduled(doc: unknown, model: Model, files: Record<string, string>): Model {
  const outcome = scheduledModel(doc, model, files);
  if (outcome.kind === 'input') throw new RangeError(`options.schedule: ${outcome.message}`);
  if (outcome.kind === 'none')
    throw new RangeError(`options.schedule: no gate schedule exists (${outcome.schedule.conflicts.length} conflicts); schedule() lists them`);
  return outcome.model;
}
