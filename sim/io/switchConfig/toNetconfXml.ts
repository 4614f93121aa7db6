/**
 * A bridge's configuration as a NETCONF `<edit-config>` request (RFC 6241 §7.2) on the running
 * datastore: the RFC 7951 tree of toRestconfJson written as YANG XML (RFC 7950 §9 encodings),
 * each module's nodes in its namespace, identityref values with their module's prefix declared.
 * The gate control list replaces the switch's (`operation="replace"`): merged, a longer list
 * already on the switch would keep its extra entries.
 */
import { XMLBuilder } from 'fast-xml-parser';
import type { InterfacesData } from './toRestconfJson.ts';

const NETCONF = 'urn:ietf:params:xml:ns:netconf:base:1.0';

/** The XML namespace of each module the documents use (each module's `namespace` statement). */
const NAMESPACES: Readonly<Record<string, string>> = {
  'ietf-interfaces': 'urn:ietf:params:xml:ns:yang:ietf-interfaces',
  'iana-if-type': 'urn:ietf:params:xml:ns:yang:iana-if-type',
  'ieee802-dot1q-types': 'urn:ieee:std:802.1Q:yang:ieee802-dot1q-types',
  'ieee802-dot1q-bridge': 'urn:ieee:std:802.1Q:yang:ieee802-dot1q-bridge',
  'ieee802-dot1q-sched': 'urn:ieee:std:802.1Q:yang:ieee802-dot1q-sched',
  'ieee802-dot1q-sched-bridge': 'urn:ieee:std:802.1Q:yang:ieee802-dot1q-sched-bridge',
  'ieee802-dot1q-cbsa-bridge': 'urn:ieee:std:802.1Q:yang:ieee802-dot1q-cbsa-bridge',
  'ieee802-dot1q-preemption-bridge': 'urn:ieee:std:802.1Q:yang:ieee802-dot1q-preemption-bridge',
};

/** the leaves whose values are identities ("module:identity") */
const IDENTITYREFS = new Set(['type', 'transmission-selection-algorithm', 'operation-name']);
/** the containers the request replaces rather than merges */
const REPLACED = new Set(['admin-control-list']);

const builder = new XMLBuilder({ ignoreAttributes: false, format: true, indentBy: '  ', suppressEmptyNode: true });

type XmlNode = Record<string, unknown>;

export function toNetconfXml(data: InterfacesData, messageId = '1'): string {
  const rpc = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    rpc: {
      '@_xmlns': NETCONF,
      '@_message-id': messageId,
      'edit-config': { target: { running: '' }, config: element(data, '') },
    },
  };
  return builder.build(rpc) as string;
}

/** The children of a JSON object as XML nodes; `module` is the parent's (a name without a prefix is in it). */
function element(json: object, module: string): XmlNode {
  const out: XmlNode = {};
  for (const [key, value] of Object.entries(json)) {
    const colon = key.indexOf(':');
    const own = colon < 0 ? module : key.slice(0, colon);
    const name = colon < 0 ? key : key.slice(colon + 1);
    const ns = own === module ? {} : { '@_xmlns': namespace(own) };
    const one = (v: unknown): unknown =>
      typeof v === 'object' && v !== null
        ? { ...ns, ...(REPLACED.has(name) ? { '@_xmlns:nc': NETCONF, '@_nc:operation': 'replace' } : {}), ...element(v, own) }
        : leaf(name, v, ns);
    out[name] = Array.isArray(value) ? value.map(one) : one(value);
  }
  return out;
}

function leaf(name: string, value: unknown, ns: object): unknown {
  const text = String(value);
  if (!IDENTITYREFS.has(name)) return Object.keys(ns).length > 0 ? { ...ns, '#text': text } : text;
  const [module, identity] = text.split(':');
  return { ...ns, [`@_xmlns:${module}`]: namespace(module), '#text': `${module}:${identity}` };
}

function namespace(module: string): string {
  const ns = NAMESPACES[module];
  if (!ns) throw new Error(`no XML namespace known for YANG module "${module}"`);
  return ns;
}
