/**
 * Loading a scenario: JSON text → migration → groups expanded → schema (zod) → semantic checks → Model.
 * Throws only ScenarioError, whose issues all carry a JSON path.
 */
import { compile, type Overrides } from './compile.ts';
import { type Issue, ScenarioError } from './errors.ts';
import type { Model } from './model.ts';
import { checkStructure } from './checkStructure.ts';
import { expandGroups, type Origins } from './expandGroups.ts';
import { locateIssues } from './issueOrigins.ts';
import { migrateScenario } from './migrate.ts';
import { parseJsonText } from './parseJson.ts';
import { type ParsedScenario, scenarioJsonSchema, scenarioSchema } from './schema.ts';
import { fromZodIssues } from './zodIssues.ts';

/** Parses JSON text; a syntax error names its line and column, a duplicate key its path. */
export function parseScenarioText(text: string): unknown {
  return parseJsonText(text);
}

let schemaCache: Record<string, unknown> | undefined;

/** Field names allowed at an object path, read from the JSON Schema (for "did you mean"). */
function knownFields(path: readonly PropertyKey[]): string[] {
  schemaCache ??= scenarioJsonSchema() as Record<string, unknown>;
  let level: unknown[] = [schemaCache];
  for (const p of path) {
    const next: unknown[] = [];
    for (const s of expand(level)) {
      const o = s as Record<string, unknown>;
      if (typeof p === 'number') {
        if (o.items) next.push(o.items);
        if (Array.isArray(o.prefixItems)) next.push(...o.prefixItems);
      } else if (o.properties && (o.properties as Record<string, unknown>)[p as string]) next.push((o.properties as Record<string, unknown>)[p as string]);
    }
    level = next;
  }
  const names = new Set<string>();
  for (const s of expand(level)) for (const k of Object.keys(((s as Record<string, unknown>).properties as object) ?? {})) names.add(k);
  return [...names];
}

function expand(level: unknown[]): unknown[] {
  const out: unknown[] = [];
  const visit = (s: unknown) => {
    if (!s || typeof s !== 'object') return;
    const o = s as Record<string, unknown>;
    out.push(o);
    for (const k of ['anyOf', 'oneOf', 'allOf'] as const) if (Array.isArray(o[k])) (o[k] as unknown[]).forEach(visit);
  };
  level.forEach(visit);
  return out;
}

/** All the issues of a scenario (empty when it loads). Never throws. */
export function validateScenario(input: unknown, files: Record<string, string> = {}, overrides: Overrides = {}): Issue[] {
  try {
    loadScenario(input, files, overrides);
    return [];
  } catch (e) {
    if (e instanceof ScenarioError) return e.issues;
    return [{ path: '$', message: `internal error while checking the scenario: ${e instanceof Error ? e.message : String(e)}` }];
  }
}

/** Validates and compiles a scenario; throws ScenarioError listing every issue found. */
export function loadScenario(input: unknown, files: Record<string, string> = {}, overrides: Overrides = {}): Model {
  const { scenario, origins } = checkScenario(input);
  const { model, issues } = compile(scenario, files, overrides);
  if (!model) throw new ScenarioError(locateIssues(issues, origins));
  return model;
}

/**
 * Every step of loadScenario before compile: the flat scenario as the schema reads it, and where each
 * of its elements was written (undefined without groups). Throws ScenarioError.
 */
export function checkScenario(input: unknown): { scenario: ParsedScenario; origins: Origins | undefined } {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new ScenarioError([
      { path: '$', message: `expected a scenario object, got ${input === null ? 'null' : Array.isArray(input) ? 'a list' : typeof input}` },
    ]);
  }
  const shape = checkStructure(input);
  if (shape.length > 0) throw new ScenarioError(shape);
  const { scenario: current } = migrateScenario(input); // an older format's file opens; a newer one's is refused, saying so
  const { scenario, origins } = expandGroups(current); // groups instantiated: the flat scenario, and where each element was written
  const parsed = scenarioSchema.safeParse(scenario);
  if (!parsed.success) throw new ScenarioError(locateIssues(fromZodIssues(parsed.error.issues, scenario, knownFields), origins));
  return { scenario: parsed.data, origins };
}
