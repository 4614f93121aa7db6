/**
 * `netloom catalog [--json] [--sources]`: the accelerators and models the LLM serving model knows,
 * each figure with its source. Tables by default; --json prints the catalog as it is kept (every
 * figure with its accelerators.csv row, source and locator, or its assumption).
 */
import { type Figure, formatCount, formatSize, hardwareCatalog } from '../../sim/api/index.ts';
import { parseArgs } from '../args.ts';
import { COMMAND_SPECS, usageLine } from '../commandSpecs.ts';
import { table } from '../format.ts';
import { UsageError } from '../UsageError.ts';

const USAGE = `usage: ${usageLine('catalog')}`;

export function catalogCommand(argv: string[]): number {
  const { positional, flags } = parseArgs(argv, COMMAND_SPECS.catalog.flags, USAGE);
  if (positional.length > 0) throw new UsageError(`catalog takes no file, got ${JSON.stringify(positional[0])}\n${USAGE}`);
  const c = hardwareCatalog();
  if (flags.json === true) {
    process.stdout.write(`${JSON.stringify(c, null, 2)}\n`);
    return 0;
  }
  const assumed = (f: Figure | undefined) => (f !== undefined && !('row' in f) ? '*' : '');
  const tera = (f: Figure | undefined) => (f === undefined ? '–' : `${formatCount(Math.round(f.value / 1e11) / 10)}${assumed(f)}`);
  const accelerators = c.accelerators.map((a) => [
    a.id,
    `${formatSize(a.memoryBytes.value)}${assumed(a.memoryBytes)}`,
    `${formatCount(a.bandwidthBytesPerS.value / 1e9)} GB/s${assumed(a.bandwidthBytesPerS)}`,
    tera(a.flops.fp16),
    tera(a.flops.fp8),
    tera(a.flops.int8),
    a.powerW ? `${a.powerW.value} W` : '–',
    a.price ? `${a.price.amount.value} ${a.price.currency}` : '–',
  ]);
  console.log('Accelerators (dense peaks in TFLOP/s or TOP/s; * an assumption, not a published row)\n');
  console.log(table(['id', 'memory', 'bandwidth', 'FP16', 'FP8', 'INT8', 'power', 'price'], accelerators));
  const models = c.models.map((m) => [
    m.id,
    `${m.parameters.value >= 1e9 ? `${formatCount(m.parameters.value / 1e9)} B` : `${formatCount(m.parameters.value / 1e6)} M`}${assumed(m.parameters)}`,
    m.kvBytesPerToken ? formatSize(m.kvBytesPerToken.value) : '–',
    m.flopsPerInference ? `${formatCount(m.flopsPerInference.value / 1e9)} G` : '–',
    m.accuracy ? `${m.accuracy.value} (${m.accuracy.metric})` : '–',
  ]);
  console.log('\nModels\n');
  console.log(table(['id', 'parameters', 'KV / token', 'FLOPs / inference', 'accuracy'], models));
  console.log(
    `\nLLM serving runs at ${(c.servingEfficiency * 100).toFixed(1)} % of the roofline, fitted to ` +
      `${c.measurements[0].model} on ${c.measurements[0].accelerator}: ${c.measurements[0].metric.toUpperCase()} ${c.measurements[0].seconds.value * 1e3} ms ` +
      `(${c.measurements[0].seconds.source}).`,
  );
  if (flags.sources === true) {
    console.log('\nSources\n');
    const line = (where: string, f: Figure) => console.log(`  ${where}: ${'row' in f ? `${f.source}; ${f.locator}${f.note ? ` (${f.note})` : ''}` : f.source}`);
    for (const a of c.accelerators) {
      line(`${a.id} memory`, a.memoryBytes);
      line(`${a.id} bandwidth`, a.bandwidthBytesPerS);
      for (const [p, f] of Object.entries(a.flops)) line(`${a.id} ${p}`, f);
      if (a.powerW) line(`${a.id} power`, a.powerW);
      if (a.price) line(`${a.id} price`, a.price.amount);
    }
    for (const m of c.models) {
      line(`${m.id} parameters`, m.parameters);
      if (m.kvBytesPerToken) line(`${m.id} KV per token`, m.kvBytesPerToken);
    }
  } else console.log('netloom catalog --sources lists where every figure comes from; --json prints them all.');
  return 0;
}
