/** One row of a neighbour table, whatever the tool that printed it. */
export interface Neighbour {
  /** the local port */
  port: string;
  /** the neighbour's system name (or its chassis id when it sends none) */
  remote: string;
  remotePort?: string;
  /** the capabilities it has enabled, lower case: bridge, router, wlan, station, … */
  capabilities: string[];
  /** the port's speed (bit/s) when the table gives it (lldpd: the MAU type) */
  speed?: number;
  /** what the speed was read from */
  speedText?: string;
  /** the neighbour's chassis MAC (when its chassis id is one) and management addresses, normalized */
  addresses?: string[];
  /** JSON path of the row */
  at: string;
}
