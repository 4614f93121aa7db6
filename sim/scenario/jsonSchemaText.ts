import { writtenScenarioJsonSchema } from './schema.ts';

/** The published JSON Schema file's exact text. */
export function scenarioJsonSchemaText(): string {
  const schema = { $id: 'https://netloom.dev/schema/netloom.scenario.v1.schema.json', ...writtenScenarioJsonSchema() };
  return JSON.stringify(schema, null, 2) + '\n';
}
