/** The plant traffic of the dialog: cyclic control, telemetry, HMI, historian, model updates. */
import { DEFAULTS, cyclicControl, historian, hmi, modelUpdate, telemetry } from '../../sim/api/index.ts';
import { BY_TEMPLATE, num, one, str } from './templateParams.ts';
import type { WorkloadTemplate } from './workloadTemplateTypes.ts';

const cc = DEFAULTS.cyclicControl;
const plant = DEFAULTS.plant;

export const PLANT_TEMPLATES: WorkloadTemplate[] = [
  {
    key: 'cyclic',
    label: 'Cyclic control',
    group: 'Plant traffic',
    summary: 'PROFINET-like cyclic data: the controller exchanges a telegram with each device every cycle; deadline one cycle, no loss.',
    idPrefix: 'cyclic',
    roles: [
      {
        key: 'plc',
        label: 'Controller',
        multiple: false,
        prefer: ['plc'],
        hint: 'runs the cycle',
        missing: 'needs a controller (PLC); this scenario has no end devices.',
      },
      {
        key: 'devices',
        label: 'Devices',
        multiple: true,
        prefer: ['io', 'drive', 'robot'],
        hint: 'exchange data every cycle',
        missing: 'needs field devices (I/O, drives, robots).',
      },
    ],
    params: [
      { key: 'cycle', label: 'Cycle time', kind: 'time', default: cc.cycle.value, source: cc.cycle.source },
      { key: 'size', label: 'Telegram size', kind: 'size', default: cc.size.value, source: cc.size.source },
      { key: 'priority', label: '802.1Q priority (PCP 0–7)', kind: 'integer', default: cc.priority.value, min: 0, max: 7, source: cc.priority.source },
      {
        key: 'both',
        label: 'Both directions (outputs and inputs)',
        kind: 'boolean',
        default: true,
        source: `controller → device and device → controller every cycle: ${BY_TEMPLATE}`,
      },
    ],
    fixed: [
      { label: 'Deadline', value: 'one cycle', source: cc.deadline.source },
      { label: 'Loss allowed', value: '0', source: cc.deadline.source },
    ],
    apply: (doc, name, r, p) =>
      cyclicControl(doc, {
        id: name,
        plc: one(r, 'plc'),
        devices: r.devices,
        cycle: str(p.cycle),
        size: str(p.size),
        priority: num(p.priority),
        both: p.both !== false,
      }),
  },
  {
    key: 'telemetry',
    label: 'Telemetry',
    group: 'Plant traffic',
    summary: 'Each device reports a small message periodically to a collector.',
    idPrefix: 'telemetry',
    roles: [
      {
        key: 'devices',
        label: 'Devices',
        multiple: true,
        prefer: ['sensor', 'drive', 'robot', 'io'],
        hint: 'each reports',
        missing: 'needs devices that report; this scenario has no end devices.',
      },
      {
        key: 'to',
        label: 'Collector',
        multiple: false,
        prefer: ['host', 'cloud', 'compute'],
        hint: 'historian, MES or cloud',
        missing: 'needs a collector (a host or a cloud).',
      },
    ],
    params: [],
    fixed: [
      {
        label: 'Message',
        value: `${plant.telemetry.value.size} every ${plant.telemetry.value.interval}, within ${plant.telemetry.value.latency}`,
        source: plant.telemetry.source,
      },
    ],
    apply: (doc, name, r) => telemetry(doc, { id: name, devices: r.devices, to: one(r, 'to') }),
  },
  {
    key: 'hmi',
    label: 'HMI',
    group: 'Plant traffic',
    summary: 'An operator panel refreshed by its controller.',
    idPrefix: 'hmi',
    roles: [
      { key: 'panel', label: 'Panel', multiple: false, prefer: ['hmi'], hint: 'shows the process', missing: 'needs an HMI panel (or another device).' },
      { key: 'controller', label: 'Controller', multiple: false, prefer: ['plc'], hint: 'sends the updates', missing: 'needs a controller (PLC).' },
    ],
    params: [],
    fixed: [
      { label: 'Update', value: `${plant.hmi.value.size} every ${plant.hmi.value.interval}, within ${plant.hmi.value.latency}`, source: plant.hmi.source },
    ],
    apply: (doc, name, r) => hmi(doc, { id: name, panel: one(r, 'panel'), controller: one(r, 'controller') }),
  },
  {
    key: 'historian',
    label: 'Historian / backup',
    group: 'Plant traffic',
    summary: 'Bulk transfer, on and off (300 ms on, 700 ms off on average): the traffic that fills queues.',
    idPrefix: 'backup',
    roles: [
      { key: 'from', label: 'From', multiple: false, prefer: ['plc', 'host', 'compute'], hint: 'the data source', missing: 'needs two end devices.' },
      { key: 'to', label: 'To', multiple: false, prefer: ['host', 'cloud'], hint: 'historian or backup server', missing: 'needs a historian or backup host.' },
    ],
    params: [{ key: 'rate', label: 'Rate while on', kind: 'rate', default: plant.historian.value.rate, source: plant.historian.source }],
    fixed: [{ label: 'On / off periods', value: 'exponential, mean 300 ms / 700 ms', source: BY_TEMPLATE }],
    apply: (doc, name, r, p) => historian(doc, { id: name, from: one(r, 'from'), to: one(r, 'to'), rate: str(p.rate) }),
  },
  {
    key: 'model-update',
    label: 'Model update',
    group: 'Plant traffic',
    summary: 'A model file pushed to an edge device now and then.',
    idPrefix: 'model-update',
    roles: [
      {
        key: 'from',
        label: 'From',
        multiple: false,
        prefer: ['cloud', 'host', 'compute'],
        hint: 'where models are trained or stored',
        missing: 'needs two end devices.',
      },
      {
        key: 'to',
        label: 'To',
        multiple: false,
        prefer: ['compute', 'camera'],
        hint: 'the device that runs the model',
        missing: 'needs the device that receives the model.',
      },
    ],
    params: [],
    fixed: [{ label: 'Model file', value: `${plant.modelUpdate.value.size} every ${plant.modelUpdate.value.period}`, source: plant.modelUpdate.source }],
    apply: (doc, name, r) => modelUpdate(doc, { id: name, from: one(r, 'from'), to: one(r, 'to') }),
  },
];
