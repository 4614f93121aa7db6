/**
 * Smart gateways and the fieldbus segments behind them: `gateway` on a gateway node (protocol
 * conversion, its publishing cycle) and `fieldbus` on a link from the gateway to a device (the
 * gateway is the segment's bus master and polls its devices in turn each cycle).
 */
import { z } from 'zod';
import { quantity } from './fields.ts';

export const GATEWAY_PROTOCOLS = ['opcua', 'modbus-tcp', 'profinet', 'ethernet-ip', 'mqtt'] as const;
export const FIELDBUS_PROTOCOLS = ['modbus-rtu', 'profibus-dp', 'can'] as const;

export const gatewaySettings = z
  .strictObject({
    protocol: z.enum(GATEWAY_PROTOCOLS).meta({ description: 'what the gateway converts to on the Ethernet side (a label: the costs below set the timing)' }),
    perMessage: quantity('time', 'nonNegative', 'conversion time of one message'),
    perByte: quantity('time', 'nonNegative', 'conversion time added per byte of the message (default 0)').optional(),
    servers: z.number().int().positive().max(64).optional().meta({ description: 'messages converted at once (default 1); the others wait in FIFO order' }),
    cycle: quantity('time', 'positive', 'publishing cycle: a converted message leaves at the next cycle boundary').optional(),
  })
  .meta({
    description: 'protocol conversion: every message forwarded through this gateway is converted, then published (at the next cycle when `cycle` is set)',
  });

export const fieldbusSettings = z
  .strictObject({
    protocol: z.enum(FIELDBUS_PROTOCOLS).meta({ description: 'the fieldbus; the link’s `rate` is its bit rate' }),
    cycle: quantity('time', 'positive', 'polling cycle of the segment: every device is polled once per cycle'),
    segment: z.string().min(1).optional().meta({ description: 'name of the segment at the gateway (default: the protocol); its links share rate and cycle' }),
    address: z.number().int().min(0).optional().meta({
      description: 'the device’s bus address (Modbus 1–247, PROFIBUS 0–125, CAN identifier): devices are polled in address order (default: link order)',
    }),
    turnaround: quantity('time', 'nonNegative', 'Modbus RTU: the slave’s time from the request to its response (default 0)').optional(),
    stationDelay: z
      .number()
      .int()
      .positive()
      .max(65535)
      .optional()
      .meta({ description: 'PROFIBUS DP: the slave’s station delay TSDR in bit times (default 11, an assumption: see sim/net/fieldbus/fieldbusFigures.ts)' }),
    slotTime: z
      .number()
      .int()
      .positive()
      .max(65535)
      .optional()
      .meta({ description: 'PROFIBUS DP: the master’s slot time TSL in bit times (checked: TSDR must stay under it)' }),
    frame: z.enum(['standard', 'extended']).optional().meta({ description: 'CAN: 11-bit (2.0A, default) or 29-bit (2.0B) identifiers' }),
  })
  .meta({
    description: 'a fieldbus link from a gateway (the bus master) to a device: the device’s data waits for its poll and takes the transaction’s time',
  });
