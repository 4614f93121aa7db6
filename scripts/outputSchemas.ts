/**
 * JSON Schemas of what the commands write with --json (report, bounds, plan, schedule), generated
 * from the TypeScript types the code builds them with (ts-json-schema-generator), beside the
 * scenario's (generated from its zod schema). `npx tsx scripts/write-schema.ts` writes them all.
 */
import { createGenerator } from 'ts-json-schema-generator';

const root = new URL('../', import.meta.url).pathname;

/** Each output format: its file in schema/, the type that describes it, and where the type is. */
export const OUTPUT_SCHEMAS = [
  { file: 'netloom.report.v1.schema.json', type: 'Report', path: 'sim/api/Report.ts', title: 'NetLoom report (netloom run --json)' },
  { file: 'netloom.bounds.v2.schema.json', type: 'BoundsReport', path: 'sim/analysis/BoundsReport.ts', title: 'NetLoom bounds (netloom bounds --json)' },
  { file: 'netloom.plan.v1.schema.json', type: 'Plan', path: 'sim/plan/Plan.ts', title: 'NetLoom upgrade plan (netloom plan --json)' },
  { file: 'netloom.gcl.v1.schema.json', type: 'Schedule', path: 'sim/analysis/gcl/Schedule.ts', title: 'NetLoom gate schedule (netloom schedule --json)' },
  {
    file: 'netloom.devices.v1.schema.json',
    type: 'DeviceCatalog',
    path: 'sim/io/gsdml/DeviceCatalog.ts',
    title: 'NetLoom device catalog (netloom import devices --out)',
  },
] as const;

/** The published text of each output schema, by file name. */
export function outputSchemaTexts(): Record<string, string> {
  const out: Record<string, string> = {};
  // one program for all four types (each program takes seconds to build)
  const path = `${root}{${OUTPUT_SCHEMAS.map((s) => s.path).join(',')}}`;
  const generator = createGenerator({
    path,
    tsconfig: root + 'tsconfig.json',
    skipTypeCheck: true,
    additionalProperties: false,
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
  });
  for (const s of OUTPUT_SCHEMAS) {
    const schema = generator.createSchema(s.type);
    out[s.file] = JSON.stringify({ $id: `https://netloom.dev/schema/${s.file}`, title: s.title, ...schema }, null, 2) + '\n';
  }
  return out;
}
