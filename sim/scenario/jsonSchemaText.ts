import { scenarioJsonSchema } from './schema.ts';

/** The published JSON Schema file's exact text. */
export function scenarioJsonSchemaText(): string {
  const schema = { $id: 'https://netloom.dev/schema/netloom.scenario.v1.schema.json', ...scenarioJsonSchema() };
  return JSON.stringify(schema, null, 2) + '\n';
}
