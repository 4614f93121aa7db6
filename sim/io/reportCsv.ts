/**
 * A report's flows as CSV for a spreadsheet, one row per flow: latencies and jitter in µs,
 * throughput in Mb/s, loss and margin in %, each with its unit in the header and a fixed number of
 * decimals (µs to the nanosecond), never a raw float such as 0.000030662071219999996. Quoted by d3-dsv.
 */
import { csvFormat } from 'd3-dsv';
import type { Report } from '../api/Report.ts';

/** each column: its header (with the unit) and the flow's figure in that unit, as text */
type Column = [header: string, cell: (f: Report['flows'][number]) => string];

const fixed = (x: number | null | undefined, scale: number, decimals: number): string =>
  x === null || x === undefined || !Number.isFinite(x) ? '' : (x * scale).toFixed(decimals).replace(/^-(0\.?0*)$/, '$1');
const us = (s: number | null | undefined) => fixed(s, 1e6, 3);

export const REPORT_CSV_COLUMNS: readonly Column[] = [
  ['flow', (f) => f.id],
  ['from', (f) => f.from],
  ['to', (f) => f.to],
  ['sent', (f) => String(f.sent)],
  ['delivered', (f) => String(f.delivered)],
  ['lost', (f) => String(f.lost)],
  ['loss (%)', (f) => fixed(f.loss, 100, 4)],
  ['mean latency (µs)', (f) => us(f.latency?.mean)],
  ['p99 latency (µs)', (f) => us(f.latency?.p99)],
  ['max latency (µs)', (f) => us(f.latency?.max)],
  ['jitter pdv (µs)', (f) => us(f.jitter?.pdv)],
  ['throughput (Mb/s)', (f) => fixed(f.throughput, 1e-6, 3)],
  ['verdict', (f) => f.verdict],
  ['margin (%)', (f) => fixed(f.margin, 100, 1)],
  ['worst criterion', (f) => f.worst ?? ''],
];

export function reportCsv(r: Pick<Report, 'flows'>): string {
  const rows = r.flows.map((f) => Object.fromEntries(REPORT_CSV_COLUMNS.map(([h, cell]) => [h, cell(f)])));
  return `${csvFormat(
    rows,
    REPORT_CSV_COLUMNS.map(([h]) => h),
  )}\n`;
}
