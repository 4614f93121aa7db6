/**
 * Checks and compiles smart gateways (`gateway` on a node) and fieldbus links (`fieldbus` on a
 * link): the gateway end of a fieldbus link is its bus master, which polls the devices of each
 * of its segments in turn every cycle. Each device's slot in the cycle is sized for the largest
 * data the flows it sends carry; the slots of a segment must fit its cycle.
 */
import { psFromSeconds } from '../core/SimTime.ts';
import {
  CAN_MAX_DATA,
  CAN_RATES_KBPS,
  MODBUS_MAX_REGISTERS,
  PROFIBUS_MAX_DATA,
  PROFIBUS_RATES_KBPS,
  PROFIBUS_TSDR_BITS,
} from '../net/fieldbus/fieldbusFigures.ts';
import { type FieldbusTiming, fieldbusTransaction } from '../net/fieldbus/fieldbusTransaction.ts';
import { distMax } from './fields.ts';
import { fmtTime } from './formatLimits.ts';
import type { FieldbusModel } from './gatewayModel.ts';
import type { FlowModel, LinkModel, NodeModel, PortModel } from './model.ts';
import type { ParsedScenario } from './schema.ts';

type Err = (path: string, message: string) => void;
type Protocol = FieldbusTiming['protocol'];

const MAX_DATA: Record<Protocol, number> = { 'modbus-rtu': 2 * MODBUS_MAX_REGISTERS.value, 'profibus-dp': PROFIBUS_MAX_DATA.value, can: CAN_MAX_DATA.value };
/** highest bus address: Modbus 247 (0 is broadcast), PROFIBUS 125 (126 is the default of an unaddressed slave), CAN by its identifier */
const MAX_ADDRESS: Record<string, number> = { 'modbus-rtu': 247, 'profibus-dp': 125, 'can-standard': 2 ** 11 - 1, 'can-extended': 2 ** 29 - 1 };
const MODBUS_MAX_BAUD = 115200;

const kbps = (v: number) => `${+(v / 1e3).toPrecision(6)} kb/s`;

export function compileGateways(s: ParsedScenario, nodes: NodeModel[], links: LinkModel[], ports: PortModel[], flows: FlowModel[], err: Err): void {
  s.nodes.forEach((n, i) => {
    if (!n.gateway) return;
    if (n.type !== 'gateway') return void err(`nodes[${i}].gateway`, `only a gateway converts protocols, this is a ${n.type}`);
    const g = n.gateway;
    nodes[i].gateway = {
      protocol: g.protocol,
      perMessagePs: psFromSeconds(g.perMessage),
      perBytePs: (g.perByte ?? 0) * 1e12,
      servers: g.servers ?? 1,
      cyclePs: psFromSeconds(g.cycle ?? 0),
    };
  });

  const fieldbus = new Map<number, FieldbusModel>();
  s.links.forEach((l, i) => {
    const f = l.fieldbus;
    // a link with an unknown end has its issue already
    if (!f || nodes[links[i].from]?.id !== l.from || nodes[links[i].to]?.id !== l.to) return;
    const at = `links[${i}].fieldbus`;
    const [a, b] = [nodes[links[i].from], nodes[links[i].to]];
    const gw = [a, b].filter((n) => n.type === 'gateway');
    if (gw.length !== 1)
      return void err(
        at,
        gw.length === 0
          ? `a fieldbus link must touch a gateway (its bus master): neither "${a.id}" nor "${b.id}" is one`
          : `a fieldbus link joins a gateway to a device: both "${a.id}" and "${b.id}" are gateways`,
      );
    const [master, device] = gw[0] === a ? [a, b] : [b, a];
    if (device.forwarding) return void err(at, `"${device.id}" forwards traffic (a ${device.type}): a fieldbus segment ends at devices`);
    if (l.medium === 'wireless') return void err(`links[${i}].medium`, 'a fieldbus link is a wire (RS-485, CAN): it cannot be wireless');
    if (ports.some((p) => p.link === i && p.tsn))
      return void err(at, `a fieldbus link is timed by its polls: TSN settings of "${device.id}" or "${master.id}" cannot apply to it`);
    const rateOk =
      f.protocol === 'modbus-rtu'
        ? l.rate <= MODBUS_MAX_BAUD
        : (f.protocol === 'can' ? CAN_RATES_KBPS : PROFIBUS_RATES_KBPS).value.some((r) => Math.abs(r * 1e3 - l.rate) <= 1e-6 * l.rate);
    if (!rateOk)
      err(
        `links[${i}].rate`,
        f.protocol === 'modbus-rtu'
          ? `a Modbus RTU line runs at most ${MODBUS_MAX_BAUD} baud, got ${kbps(l.rate)}`
          : `${f.protocol} runs at ${(f.protocol === 'can' ? CAN_RATES_KBPS : PROFIBUS_RATES_KBPS).value.join(', ')} kb/s, got ${kbps(l.rate)}`,
      );
    const only: [keyof typeof f, Protocol][] = [
      ['turnaround', 'modbus-rtu'],
      ['stationDelay', 'profibus-dp'],
      ['slotTime', 'profibus-dp'],
      ['frame', 'can'],
    ];
    for (const [key, protocol] of only)
      if (f[key] !== undefined && f.protocol !== protocol) err(`${at}.${key}`, `"${key}" applies to ${protocol}, this is ${f.protocol}`);
    const stationDelay = f.stationDelay ?? PROFIBUS_TSDR_BITS.value;
    if (f.slotTime !== undefined && stationDelay >= f.slotTime)
      err(`${at}.stationDelay`, `the slave must answer within the slot time (${f.slotTime} bit times), its station delay is ${stationDelay}`);
    const extended = f.frame === 'extended';
    const maxAddress = MAX_ADDRESS[f.protocol === 'can' ? `can-${f.frame ?? 'standard'}` : f.protocol];
    if (f.address !== undefined && (f.address > maxAddress || (f.protocol === 'modbus-rtu' && f.address === 0)))
      err(`${at}.address`, `a ${f.protocol} address is ${f.protocol === 'modbus-rtu' ? 1 : 0}–${maxAddress}, got ${f.address}`);
    fieldbus.set(i, {
      timing: { protocol: f.protocol, rateBps: l.rate, turnaroundS: f.turnaround ?? 0, stationDelayBits: stationDelay, extended },
      master: master.index,
      device: device.index,
      segment: f.segment ?? f.protocol,
      cyclePs: psFromSeconds(f.cycle),
      offsetPs: 0,
      pollPs: 0,
      bytes: 0,
      floorPs: 0,
    });
  });
  // what each device sends: the largest message of the flows crossing its link towards the master
  const flowIndex = new Map(s.flows.map((f, i) => [f.id, i]));
  for (const f of flows) {
    const at = `flows[${flowIndex.get(f.id)}]`;
    if (f.frer && [f.route, ...f.frer].some((route) => route.some((p) => fieldbus.has(ports[p].link))))
      err(`${at}.frer`, 'redundancy (802.1CB) cannot cross a fieldbus link: a polled segment has one path');
    const legs: [number[], number, string][] = [[f.route, distMax(f.size), `${at}.size`]];
    if (f.response) legs.push([f.response.route, distMax(f.response.size), `${at}.response.size`]);
    for (const [route, bytes, sizeAt] of legs) {
      for (const p of route) {
        const fb = fieldbus.get(ports[p].link);
        if (!fb) continue;
        const id = links[ports[p].link].id;
        const max = MAX_DATA[fb.timing.protocol];
        if (ports[p].from === fb.master)
          err(at, `it crosses the fieldbus link ${id} from the gateway to the device: writes to fieldbus devices are not modelled yet`);
        else if (bytes > max) err(sizeAt, `one ${fb.timing.protocol} poll carries at most ${max} B, this flow's messages over ${id} reach ${bytes} B`);
        else fb.bytes = Math.max(fb.bytes, bytes);
      }
      const mtu = Math.min(...route.map((p) => links[ports[p].link].mtu));
      const converts = route.slice(1).find((p) => nodes[ports[p].from].gateway);
      if (converts !== undefined && bytes > mtu)
        err(sizeAt, `the gateway "${nodes[ports[converts].from].id}" converts whole messages: they must fit one packet (${mtu} B on this route)`);
    }
  }

  // each segment's devices in address order (then link order), their slots back to back from the cycle's start
  const segments = new Map<string, number[]>();
  for (const [i, fb] of fieldbus) {
    const key = `${nodes[fb.master].id}/${fb.segment}`;
    segments.set(key, [...(segments.get(key) ?? []), i]);
  }
  for (const [key, members] of segments) {
    const first = fieldbus.get(members[0])!;
    for (const i of members.slice(1)) {
      const fb = fieldbus.get(i)!;
      if (fb.timing.protocol !== first.timing.protocol)
        err(
          `links[${i}].fieldbus.protocol`,
          `segment ${key} is ${first.timing.protocol} (links[${members[0]}]); name another "segment" for ${fb.timing.protocol}`,
        );
      else if (fb.timing.rateBps !== first.timing.rateBps)
        err(`links[${i}].rate`, `segment ${key} runs at ${kbps(first.timing.rateBps)} (links[${members[0]}])`);
      else if (fb.cyclePs !== first.cyclePs)
        err(`links[${i}].fieldbus.cycle`, `segment ${key} has a cycle of ${fmtTime(first.cyclePs / 1e12)} (links[${members[0]}])`);
    }
    const ordered = [...members].sort((x, y) => (s.links[x].fieldbus?.address ?? Infinity) - (s.links[y].fieldbus?.address ?? Infinity) || x - y);
    const seen = new Map<number, number>();
    let offset = 0;
    for (const i of ordered) {
      const fb = fieldbus.get(i)!;
      const address = s.links[i].fieldbus?.address;
      if (address !== undefined && seen.has(address))
        err(`links[${i}].fieldbus.address`, `address ${address} is taken on segment ${key} (links[${seen.get(address)}])`);
      if (address !== undefined) seen.set(address, i);
      fb.offsetPs = offset;
      fb.pollPs = psFromSeconds(fieldbusTransaction(fb.timing, fb.bytes));
      fb.floorPs = psFromSeconds(fieldbusTransaction(fb.timing, 0));
      offset += fb.pollPs;
      links[i].fieldbus = fb;
    }
    if (offset > first.cyclePs)
      err(
        `links[${members[0]}].fieldbus.cycle`,
        `segment ${key} needs ${fmtTime(offset / 1e12)} to poll its ${members.length} device(s) once, more than its cycle of ${fmtTime(first.cyclePs / 1e12)}`,
      );
  }
}
