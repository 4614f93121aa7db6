/**
 * The published JSON Schemas of the commands' outputs: generated from the types the code builds
 * the outputs with (so the committed files must be what the generator gives today), and real
 * outputs of the CLI, with every optional part present somewhere, validate against them.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { OUTPUT_SCHEMAS, outputSchemaTexts } from '../../scripts/outputSchemas.ts';
import { netloom, ROOT } from '../cli/netloom.ts';

const schemaText = (file: string) => readFileSync(join(ROOT, 'schema', file), 'utf8');
const validator = (file: string) => new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(JSON.parse(schemaText(file)));

/** Runs `netloom ARGS --json -` and checks its output against the schema of `format`. */
function validates(file: string, ...args: string[]): Record<string, unknown> {
  const r = netloom(...args, '--json', '-');
  expect(r.code, r.stderr).toBeLessThanOrEqual(1);
  const out = JSON.parse(r.stdout);
  const validate = validator(file);
  expect(validate(out), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
  return out;
}

describe('JSON Schemas of the outputs', () => {
  it('are the ones generated from the types (run `npx tsx scripts/write-schema.ts` after changing an output type)', () => {
    const generated = outputSchemaTexts();
    expect(Object.keys(generated).sort()).toEqual(OUTPUT_SCHEMAS.map((s) => s.file).sort());
    for (const [file, text] of Object.entries(generated)) expect(schemaText(file), file).toBe(text);
  }, 60_000);

  it('a report with replications and confidence intervals (netloom run --json) validates', () => {
    const r = validates('netloom.report.v1.schema.json', 'run', 'scenarios/examples/vision-cell.json', '--duration', '3 s', '--replications', '2');
    expect(r.format).toBe('netloom.report/v1');
    // the schema is strict: a field the type does not declare fails it
    const validate = validator('netloom.report.v1.schema.json');
    expect(validate({ ...r, extra: 1 })).toBe(false);
  });

  it('bounds, with TSN terms and unbounded flows (netloom bounds --json), validate', () => {
    validates('netloom.bounds.v2.schema.json', 'bounds', 'scenarios/examples/tsn-cell.json');
    validates('netloom.bounds.v2.schema.json', 'bounds', 'scenarios/reference/r1-line-cell.json');
  });

  it('a gate schedule and a schedule that cannot exist (netloom schedule --json) validate', () => {
    expect(validates('netloom.gcl.v1.schema.json', 'schedule', 'scenarios/examples/tsn-schedule.json').ok).toBe(true);
    const s = JSON.parse(readFileSync('scenarios/examples/tsn-schedule.json', 'utf8'));
    for (const f of s.flows) if (f.requirement?.latency) f.requirement.latency = '1 us'; // faster than the wire: too-slow conflicts
    const file = join(mkdtempSync(join(tmpdir(), 'netloom-schema-')), 'impossible.json');
    writeFileSync(file, JSON.stringify(s));
    const none = validates('netloom.gcl.v1.schema.json', 'schedule', file);
    expect(none.ok).toBe(false);
    expect((none.conflicts as unknown[]).length).toBeGreaterThan(0);
  });

  it('a plan (netloom plan --json) validates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netloom-schema-plan-'));
    cpSync('scenarios/examples/captures', join(dir, 'captures'), { recursive: true });
    const s = JSON.parse(readFileSync('scenarios/examples/udp-replay.json', 'utf8'));
    s.flows[0].requirement.latency = '200 us'; // as in safety.test.ts: fails as-is, a plan fixes it
    writeFileSync(join(dir, 'replay.json'), JSON.stringify(s));
    const p = validates('netloom.plan.v1.schema.json', 'plan', join(dir, 'replay.json'), '--workers', '1');
    expect(p.found).toBe(true);
  });
});
