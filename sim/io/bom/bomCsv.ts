/**
 * A bill of materials as CSV for a spreadsheet: item, quantity, unit, unit price and amount in
 * the plan's currency (named in the headers and in a column), where, and a total row. Quoted by
 * d3-dsv; money with at most two decimals.
 */
import { csvFormat } from 'd3-dsv';
import type { BillOfMaterials } from './billOfMaterials.ts';

/** 2400 → "2400", 4.5 → "4.5", 0.1 + 0.2 → "0.3": no float noise in a money cell */
export const money = (x: number): string => String(Math.round(x * 100) / 100);

export function bomCsv(b: BillOfMaterials): string {
  const price = `unit price (${b.currency})`;
  const amount = `amount (${b.currency})`;
  const columns = ['item', 'quantity', 'unit', price, amount, 'currency', 'where'];
  const rows = b.lines.map((l) => ({
    item: l.item,
    quantity: String(Math.round(l.quantity * 1000) / 1000),
    unit: l.unit,
    [price]: money(l.unitPrice),
    [amount]: money(l.quantity * l.unitPrice),
    currency: b.currency,
    where: l.where.join('; '),
  }));
  rows.push({ item: 'total', quantity: '', unit: '', [price]: '', [amount]: money(b.total), currency: b.currency, where: '' });
  return `${csvFormat(rows, columns)}\n`;
}
