/** A scenario change as a line a person reads ("rate 1 Gb/s → 50 Mb/s, medium copper → fiber", "removed"), and a flow's move as words. */
import type { FlowMove } from './diffReports.ts';
import type { ElementChange, FieldChange } from './diffScenarios.ts';

const show = (v: unknown): string => (v === undefined ? '(none)' : typeof v === 'string' ? v : JSON.stringify(v));

export const describeFields = (fields: readonly FieldChange[]): string =>
  fields.map((f) => `${f.field || 'value'} ${show(f.before)} → ${show(f.after)}`).join(', ');

export const describeChange = (c: ElementChange): string => (c.kind === 'changed' ? describeFields(c.fields) : c.kind);

export const MOVE_LABEL: Readonly<Record<FlowMove, string>> = {
  'newly-failing': 'newly failing',
  fixed: 'fixed',
  worse: 'worse',
  better: 'better',
  same: 'same',
  added: 'only in B',
  removed: 'only in A',
};
