/**
 * Switch configuration (issue 11, "Out"): for each switch of a compiled scenario, a NETCONF
 * `<edit-config>` request (XML) and a RESTCONF body (RFC 7951 JSON) that set what the simulation
 * assumed of it — the PCP → traffic class table, strict priority or the credit-based shaper per
 * class (802.1Qav idle slopes), the 802.1Qbv gate control lists and the 802.1Qbu express
 * classes — with the list of what had to be assumed. Every switch gets at least its PCP table.
 * The host writes the files.
 */
import type { Model } from '../scenario/model.ts';
import { bridgeConfigs } from '../io/switchConfig/bridgeConfigs.ts';
import { toNetconfXml } from '../io/switchConfig/toNetconfXml.ts';
import { SWITCH_CONFIG_MODULES, toRestconfJson } from '../io/switchConfig/toRestconfJson.ts';

export { YangValueError } from '../io/switchConfig/gateParameterTable.ts';
export { SWITCH_CONFIG_MODULES } from '../io/switchConfig/toRestconfJson.ts';

export interface SwitchConfig {
  node: string;
  /** egress ports configured, and how many of them carry gates or shapers */
  ports: number;
  gated: number;
  shaped: number;
  /** RFC 6241 <rpc><edit-config> on the running datastore */
  netconf: string;
  /** RFC 8040 / RFC 7951 JSON, the body of PATCH {+restconf}/data */
  restconf: string;
}

export interface SwitchConfigs {
  /** the YANG modules (name@revision) the documents use */
  modules: readonly string[];
  switches: SwitchConfig[];
  assumed: string[];
}

/** Throws YangValueError when a value cannot be written exactly (a gate time not of whole ns, a fractional idle slope). */
export function switchConfig(model: Model): SwitchConfigs {
  const { bridges, assumed } = bridgeConfigs(model);
  const ports = bridges.flatMap((b) => b.ports);
  const unused = [
    ...(ports.some((p) => p.gates) ? [] : ['ieee802-dot1q-sched', 'ieee802-dot1q-sched-bridge']),
    ...(ports.some((p) => p.idleSlopes.some((s) => s !== undefined)) ? [] : ['ieee802-dot1q-cbsa', 'ieee802-dot1q-cbsa-bridge']),
    ...(ports.some((p) => p.preemption) ? [] : ['ieee802-dot1q-preemption', 'ieee802-dot1q-preemption-bridge']),
  ];
  return {
    modules: SWITCH_CONFIG_MODULES.filter((m) => !unused.includes(m.split('@')[0])),
    switches: bridges.map((b) => {
      const data = toRestconfJson(b);
      return {
        node: b.node,
        ports: b.ports.length,
        gated: b.ports.filter((p) => p.gates).length,
        shaped: b.ports.filter((p) => p.idleSlopes.some((s) => s !== undefined)).length,
        netconf: toNetconfXml(data),
        restconf: JSON.stringify(data, null, 2) + '\n',
      };
    }),
    assumed,
  };
}
