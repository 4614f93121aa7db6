/**
 * The device catalog `netloom import devices DIR --out catalog.json` writes: one entry per GSDML
 * file, with the cyclic flows NetLoom gives the device (schema/netloom.devices.v1.schema.json).
 */
export interface DeviceCatalog {
  format: 'netloom.devices/v1';
  devices: CatalogDevice[];
}

export interface CatalogDevice {
  /** a node id made from the device's name */
  id: string;
  /** the GSDML file it was read from */
  file: string;
  vendor: string;
  /** DeviceFunction/Family: MainFamily / ProductFamily */
  family: string;
  name: string;
  /** the NetLoom node type its MainFamily maps to */
  type: 'plc' | 'io' | 'drive' | 'sensor' | 'robot' | 'hmi' | 'gateway';
  conformanceClass: 'A' | 'B' | 'C' | 'D';
  /** conformance class C (IRT) or D (TSN): its cycle needs a time-aware schedule, not best effort */
  needsTsn: boolean;
  rtClasses: string[];
  /** MinDeviceInterval, e.g. "1 ms" */
  minDeviceInterval: string;
  /** the send clocks it supports (SendClockFactor × 31.25 µs) */
  sendClocks: string[];
  reductionRatios: number[];
  /** the cycle NetLoom uses: send clock × reduction ratio */
  cycle: string;
  /** I/O data bytes, device → controller (input) and controller → device (output) */
  inputBytes: number;
  outputBytes: number;
  /** the RT frame's packet size (FrameID + C_SDU + APDU status) of the input and output flows, bytes */
  inputSize: number;
  outputSize: number;
}
