import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { readScenarioFiles } from '../../node/readScenarioFiles.ts';
import { scenarioJsonSchemaText } from './jsonSchemaText.ts';
import { loadScenario } from './load.ts';

const root = new URL('../../', import.meta.url).pathname;
const schemaFile = join(root, 'schema/netloom.scenario.v1.schema.json');

function scenarioFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? scenarioFiles(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : [],
  );
}

describe('published JSON Schema', () => {
  it('is the one the zod schema generates (run `npx tsx scripts/write-schema.ts` after changing the format)', () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(scenarioJsonSchemaText());
  });

  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
  const files = scenarioFiles(join(root, 'scenarios'));

  it.each(files.map((f) => [f.slice(root.length), f]))(
    'accepts %s, which also loads',
    (_, file) => {
      const json = JSON.parse(readFileSync(file, 'utf8'));
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
      expect(() => loadScenario(json, readScenarioFiles(json, dirname(file)).files)).not.toThrow(); // with the trace files it replays
    },
    60_000,
  ); // the steel works (10,213 devices) takes ~4 s alone, more on a loaded machine

  it('rejects what an editor should flag: unknown fields, bad enums, numbers where units are needed', () => {
    const json = JSON.parse(readFileSync(files[0], 'utf8'));
    json.nodes[0].type = 'toaster';
    json.links[0].rate = 100;
    json.links[0].speed = '1 Gb/s';
    expect(validate(json)).toBe(false);
    const paths = new Set(validate.errors!.map((e) => e.instancePath));
    expect(paths).toContain('/nodes/0/type');
    expect(paths).toContain('/links/0/rate');
  });
});
