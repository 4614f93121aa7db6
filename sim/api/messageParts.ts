/**
 * A scenario sent to a worker in parts, each its own message: copying the 10,000-device steel works (5 MB of
 * JSON) to a worker in one postMessage held the app's thread 30–60 ms (issue 10). The first part is the scenario
 * with its long top-level arrays empty (`nodes`, `links`, `flows`…); each next part appends items to one of them.
 */
export type ScenarioPart = { kind: 'shell'; shell: Record<string, unknown> } | { kind: 'items'; key: string; items: unknown[] };

/** Items a part: a part of the steel works' flows is ~250 kB, a few milliseconds to copy. */
export const SCENARIO_PART = 1000;

/** The parts of `scenario`, or null when it has no top-level array longer than `size` (it goes whole in one message). */
export function scenarioParts(scenario: unknown, size = SCENARIO_PART): ScenarioPart[] | null {
  if (typeof scenario !== 'object' || scenario === null || Array.isArray(scenario)) return null;
  const long = Object.entries(scenario).filter((e): e is [string, unknown[]] => Array.isArray(e[1]) && e[1].length > size);
  if (long.length === 0) return null;
  const shell: Record<string, unknown> = { ...scenario };
  const parts: ScenarioPart[] = [{ kind: 'shell', shell }];
  for (const [key, items] of long) {
    shell[key] = [];
    for (let i = 0; i < items.length; i += size) parts.push({ kind: 'items', key, items: items.slice(i, i + size) });
  }
  return parts;
}

/** Puts a scenario's parts back together, in the order scenarioParts gave them. */
export class ScenarioAssembler {
  private shell: Record<string, unknown> | null = null;

  add(part: ScenarioPart): void {
    if (part.kind === 'shell') {
      this.shell = part.shell;
      return;
    }
    const into = this.shell?.[part.key];
    if (!Array.isArray(into)) throw new Error(`scenario part for '${part.key}' before the scenario's first part`);
    for (const item of part.items) into.push(item);
  }

  /** The scenario put together; the assembler starts empty again. */
  take(): Record<string, unknown> {
    const s = this.shell;
    if (!s) throw new Error('no scenario received: send its parts first');
    this.shell = null;
    return s;
  }
}
