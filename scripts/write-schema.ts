/** Writes the published JSON Schema of the scenario format (editors use it to autocomplete). npx tsx scripts/write-schema.ts */
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchemaText } from '../sim/scenario/jsonSchemaText.ts';

writeFileSync(new URL('../schema/netloom.scenario.v1.schema.json', import.meta.url), scenarioJsonSchemaText());
