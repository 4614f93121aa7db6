/**
 * Whether a parsed file can open as a document the app edits, and when not, why. A document is
 * an object whose `nodes` is a list of objects, and whose `links` and `flows`, when present,
 * are lists of objects; inside that anything may be wrong — the views draw what they can and
 * the inspector lists the problems. A file without that shape opens as its list of problems:
 * the core validator's (the messages of `netloom validate`), each with its JSON path.
 */
import { type Issue, validateScenario } from '../../sim/api/index.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The places where the shape breaks, in our words (used only where the validator is silent). */
function shapeProblems(value: unknown): Issue[] {
  if (!isObject(value)) return [{ path: '$', message: 'expected a scenario object' }];
  const out: Issue[] = [];
  for (const key of ['nodes', 'links', 'flows'] as const) {
    const list = value[key];
    if (list === undefined && key !== 'nodes') continue;
    if (!Array.isArray(list)) {
      out.push({ path: key, message: 'expected a list' });
      continue;
    }
    list.forEach((item, i) => {
      if (!isObject(item)) out.push({ path: `${key}[${i}]`, message: 'expected an object' });
    });
  }
  return out;
}

/** null when the value opens as a document; otherwise every problem the validator finds (ours where it says nothing). */
export function documentProblems(value: unknown): Issue[] | null {
  const shape = shapeProblems(value);
  if (shape.length === 0) return null;
  const issues = validateScenario(value);
  return [...issues, ...shape.filter((p) => !issues.some((i) => i.path === p.path))];
}
