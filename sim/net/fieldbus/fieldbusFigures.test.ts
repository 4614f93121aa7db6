/** Each figure copied from ../shared/data/industrial_figures.csv equals its row there (a copy cannot drift). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { CAN_MAX_DATA, CAN_RATES_KBPS, MODBUS_MAX_REGISTERS, MODBUS_T35_FAST_S, PROFIBUS_RATES_KBPS } from './fieldbusFigures.ts';

/** shared/data/industrial_figures.csv beside the checkout or one level further up (a worktree) */
function csvPath(): string | undefined {
  for (let dir = resolve('.'), k = 0; k < 4; k++, dir = dirname(dir)) {
    const p = join(dir, '..', 'shared', 'data', 'industrial_figures.csv');
    if (existsSync(p)) return p;
  }
  return undefined;
}

const path = csvPath();

describe.skipIf(path === undefined)('fieldbus figures equal their rows in industrial_figures.csv', () => {
  const rows = path === undefined ? [] : csvParse(readFileSync(path, 'utf8'));
  const row = (item: string, metric: string) => {
    const r = rows.find((x) => x.domain === 'Fieldbus' && x.item === item && x.metric === metric);
    if (r === undefined) throw new Error(`no row ${item} / ${metric}`);
    return r;
  };
  const list = (v: string) => v.split(';').map(Number);

  it('PROFIBUS DP bit rates', () => {
    expect(list(row('PROFIBUS DP', 'bit rates').value)).toEqual(PROFIBUS_RATES_KBPS.value);
  });
  it('CANopen bit rates and the classic CAN payload', () => {
    expect(list(row('CANopen', 'standard bit rates (CiA 305 LSS table)').value)).toEqual(CAN_RATES_KBPS.value);
    expect(Number(row('CAN', 'max payload classic CAN / CAN FD').value.split('/')[0])).toBe(CAN_MAX_DATA.value);
  });
  it('Modbus: 125 registers per read, t3.5 fixed at 1750 µs above 19200 baud', () => {
    expect(Number(row('Modbus', 'max registers per read / write').value.split('/')[0])).toBe(MODBUS_MAX_REGISTERS.value);
    const t35 = row('Modbus RTU', 'inter-frame silent interval t3.5').value;
    expect(t35).toContain('3.5 char times (<=19200 bd)');
    expect(Number(/(\d+) us fixed/.exec(t35)?.[1]) / 1e6).toBe(MODBUS_T35_FAST_S.value);
  });
});
