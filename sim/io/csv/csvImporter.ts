/**
 * Inventory spreadsheets exported as CSV: a nodes sheet (name, type/role, model, x/y/z or
 * position, rack, room) and a links sheet (device, port, neighbour, neighbour port, speed,
 * length, medium), recognised by their headers; a links sheet alone is enough (its devices'
 * types are then assumed). Each column says what it was read as.
 */
import { readAddresses } from '../address.ts';
import { ImportError } from '../ImportError.ts';
import { baseName, type Importer } from '../Importer.ts';
import { mapRole } from '../mapRole.ts';
import { parseSpeed, rateText } from '../parseSpeed.ts';
import { TopologyBuilder } from '../TopologyBuilder.ts';
import { isLinkSheet, type LinkField, type NodeField, resolveColumns } from './columns.ts';
import { readSheet, type Sheet } from './readSheet.ts';

export const csvImporter: Importer = {
  kind: 'csv',
  describe: 'CSV inventory: a nodes sheet (name, role, model, x/y, rack, room) and/or a links sheet (device, port, neighbour, speed)',
  recognises: (f) => /\.(csv|tsv)$/i.test(f.name),
  read(files, options) {
    const b = new TopologyBuilder();
    const sheets = files.map(readSheet);
    for (const s of sheets.filter((s) => !isLinkSheet(s.header))) readNodes(s, b);
    for (const s of sheets.filter((s) => isLinkSheet(s.header))) readLinks(s, b);
    return b.finish(options.name ?? baseName(files[0].name));
  },
};

function columns<F extends string>(s: Sheet, links: boolean, b: TopologyBuilder, required: F[]) {
  const { at, unused } = resolveColumns<F>(s.header, links);
  for (const f of required)
    if (at[f] === undefined)
      throw new ImportError(s.file, '1:1', `a ${String(f)} column (see the README's import section for the names read), in a header of ${s.header.join(', ')}`);
  const read = (Object.entries(at) as [F, number][]).map(([f, i]) => `"${s.header[i]}" → ${f}`);
  /** the column number (from 1) of a field, for messages */
  const column = (f: F): number => (at[f] as number) + 1;
  b.map(
    `${s.file}:1`,
    `${links ? 'links' : 'nodes'} sheet; columns ${read.join(', ')}${unused.length ? `; not used: ${unused.map((i) => `"${s.header[i]}"`).join(', ')}` : ''}`,
  );
  const cell = (cells: string[], f: F): string => (at[f] === undefined ? '' : (cells[at[f] as number] ?? '').trim());
  return { cell, column, header: (f: F): string => s.header[at[f] as number] };
}

function readNodes(s: Sheet, b: TopologyBuilder): void {
  const { cell, column, header } = columns<NodeField>(s, false, b, ['name']);
  for (const { line, cells } of s.rows) {
    const where = `${s.file}:${line}`;
    const name = cell(cells, 'name');
    if (name === '') throw new ImportError(s.file, `${line}:${column('name')}`, `a device name in column "${header('name')}"`);
    if (b.has(name)) throw new ImportError(s.file, `${line}:${column('name')}`, `a device name not used before; "${name}" is listed twice`);
    const role = cell(cells, 'type');
    let type = role === '' ? undefined : mapRole(role);
    if (role !== '' && type === undefined) {
      type = 'host';
      b.assume(where, `${name}: role "${role}" not known → host`);
    } else if (type !== undefined) b.map(where, `${name}: role "${role}" → ${type}`);
    const number = (f: NodeField, text: string): number => {
      const v = Number(text);
      if (text === '' || !Number.isFinite(v))
        throw new ImportError(s.file, `${line}:${column(f)}`, `a number in metres in column "${header(f)}", got "${text}"`);
      return v;
    };
    let position: [number, number, number] | undefined;
    if (cell(cells, 'position') !== '') {
      const parts = cell(cells, 'position')
        .split(/[\s;,/]+/)
        .filter(Boolean);
      if (parts.length < 2 || parts.length > 3)
        throw new ImportError(s.file, `${line}:${column('position')}`, `a position "x y" or "x y z" in metres, got "${cell(cells, 'position')}"`);
      position = [number('position', parts[0]), number('position', parts[1]), parts[2] === undefined ? 0 : number('position', parts[2])];
    } else if (cell(cells, 'x') !== '' || cell(cells, 'y') !== '')
      position = [number('x', cell(cells, 'x')), number('y', cell(cells, 'y')), cell(cells, 'z') === '' ? 0 : number('z', cell(cells, 'z'))];
    const group = [cell(cells, 'room'), cell(cells, 'rack')].filter(Boolean).join('/') || undefined;
    const model = cell(cells, 'model');
    const description = [model && `model ${model}`, cell(cells, 'description')].filter(Boolean).join('; ') || undefined;
    const addresses: string[] = [];
    for (const f of ['mac', 'ip'] as const) {
      const read = readAddresses(cell(cells, f));
      addresses.push(...read.addresses);
      if (read.rejected.length > 0) b.assume(where, `${name}: "${read.rejected.join(' ')}" in column "${header(f)}" is no MAC or IP address: left out`);
    }
    b.device(name, { type, position, group, description, addresses }, where);
  }
}

function readLinks(s: Sheet, b: TopologyBuilder): void {
  const { cell, column, header } = columns<LinkField>(s, true, b, ['from', 'to']);
  for (const { line, cells } of s.rows) {
    const where = `${s.file}:${line}`;
    const from = cell(cells, 'from');
    const to = cell(cells, 'to');
    if (from === '') throw new ImportError(s.file, `${line}:${column('from')}`, `a device name in column "${header('from')}"`);
    if (to === '') {
      b.assume(where, `${from}${portOf(cell(cells, 'fromPort'))}: no neighbour → no link`);
      b.device(from, {}, where);
      continue;
    }
    for (const end of [from, to]) if (!b.has(end)) b.assume(where, `${end} is not in a nodes sheet: added`);
    const speed = cell(cells, 'speed');
    let rate: number | undefined;
    if (speed !== '') {
      rate = parseSpeed(speed);
      if (rate === undefined) b.assume(where, `${from}–${to}: speed "${speed}" not understood (expected e.g. 1G, 100 Mb/s, 1000BASE-T) → left to the default`);
      else b.map(where, `${from}${portOf(cell(cells, 'fromPort'))} – ${to}${portOf(cell(cells, 'toPort'))}: speed "${speed}" → ${rateText(rate)}`);
    }
    const medium = mediumOf(cell(cells, 'medium'));
    if (cell(cells, 'medium') !== '' && medium === undefined)
      b.assume(where, `${from}–${to}: medium "${cell(cells, 'medium')}" not known → copper (the default)`);
    const length = cell(cells, 'length');
    if (length !== '' && !/^\d+(\.\d+)?\s*(m|km|cm|ft)?$/i.test(length))
      throw new ImportError(s.file, `${line}:${column('length')}`, `a cable length such as "30 m", got "${length}"`);
    b.link(
      {
        from,
        to,
        rate,
        medium,
        length: length === '' ? undefined : /[a-z]$/i.test(length) ? length : `${length} m`,
        label: cell(cells, 'description') || undefined,
      },
      where,
    );
  }
}

const portOf = (port: string) => (port ? ` ${port}` : '');

function mediumOf(text: string): 'copper' | 'fiber' | 'wireless' | undefined {
  const t = text.toLowerCase();
  if (/fib(er|re)|\b(sfp\w*|lc|sc|om\d|os\d|smf|mmf)\b/.test(t)) return 'fiber';
  if (/wireless|wifi|wi-fi|radio|wlan/.test(t)) return 'wireless';
  if (/copper|cat\s*\d|utp|stp|rj45|twisted/.test(t)) return 'copper';
  return undefined;
}
