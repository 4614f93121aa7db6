/**
 * Old scenario files keep opening: a document in an older version of the format is brought to the
 * current one by a chain of steps, each from one version to the next, before any check. A
 * document from a newer NetLoom is refused with a message that says so (not "expected v1"); one
 * without `format`, or with a format that is not NetLoom's, is left to the schema, which names
 * the field and the value it expects.
 *
 * `netloom.scenario/v1` is the only version so far, so the chain is empty: the first step to
 * add is `{ from: 'netloom.scenario/v1', to: 'netloom.scenario/v2', … }` with FORMAT moved on.
 */
import { ScenarioError } from './errors.ts';
import { FORMAT } from './schema.ts';

export type ScenarioDocument = Record<string, unknown>;

export interface MigrationStep {
  from: string;
  to: string;
  /** what the step changes, in a sentence */
  change: string;
  /** a new document in version `to` (the input is not modified) */
  migrate(doc: ScenarioDocument): ScenarioDocument;
}

/** Every step from an older version to the next, oldest first. */
export const MIGRATIONS: readonly MigrationStep[] = [];

export interface Migration {
  scenario: unknown;
  /** the document's version before migration (undefined when it named none) */
  from: string | undefined;
  /** the changes made, one per step (empty when the document was current) */
  changes: string[];
}

const VERSION = /^netloom\.scenario\/v(\d+)$/;

/** Brings `doc` to the current format version; throws ScenarioError for a document of a newer NetLoom. */
export function migrateScenario(doc: unknown, steps: readonly MigrationStep[] = MIGRATIONS, current = FORMAT): Migration {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc) || !Object.hasOwn(doc, 'format')) return { scenario: doc, from: undefined, changes: [] };
  const from = (doc as ScenarioDocument).format;
  if (typeof from !== 'string' || from === current) return { scenario: doc, from: typeof from === 'string' ? from : undefined, changes: [] };
  const version = VERSION.exec(from);
  const currentVersion = Number(VERSION.exec(current)?.[1]);
  if (version && Number(version[1]) > currentVersion)
    throw new ScenarioError([
      { path: 'format', message: `"${from}" was made by a newer NetLoom; this one reads ${current} and older: update NetLoom to open it` },
    ]);
  let scenario = doc as ScenarioDocument;
  const changes: string[] = [];
  for (let i = 0; i < steps.length && scenario.format !== current; i++) {
    const step = steps.find((s) => s.from === scenario.format);
    if (!step) break;
    scenario = { ...step.migrate(scenario), format: step.to };
    changes.push(`${step.from} → ${step.to}: ${step.change}`);
  }
  // a format no chain leads from (not NetLoom's) is left to the schema, which says what it expects
  return scenario.format === current ? { scenario, from, changes } : { scenario: doc, from, changes: [] };
}
