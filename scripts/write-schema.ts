/**
 * Writes the published JSON Schemas: the scenario format's (from its zod schema; editors use it to
 * autocomplete) and those of the commands' JSON outputs (from their TypeScript types).
 *   npx tsx scripts/write-schema.ts
 */
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchemaText } from '../sim/scenario/jsonSchemaText.ts';
import { outputSchemaTexts } from './outputSchemas.ts';

writeFileSync(new URL('../schema/netloom.scenario.v1.schema.json', import.meta.url), scenarioJsonSchemaText());
for (const [file, text] of Object.entries(outputSchemaTexts())) writeFileSync(new URL(`../schema/${file}`, import.meta.url), text);
