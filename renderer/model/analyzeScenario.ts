/**
 * Validates the scenario with the core's own loader (same issues, same messages as the CLI)
 * and, when it compiles, reads off what the views need: each flow's route (nodes and link
 * keys, response included) and each link's propagation delay.
 */
import { type Issue, type Model, ScenarioError, type ScenarioJson } from '../../sim/api/index.ts';
import { type DocFiles, loadWithFiles } from './DocFiles.ts';

export interface FlowRoute {
  nodes: string[];
  /** every link the flow crosses, its 802.1CB copies' included */
  links: string[];
  /** directed hops as [from, to] node ids, in order (request then response) */
  hops: [string, string][];
  /** 802.1CB redundant routes beside the primary one, as node lists */
  copies: string[][];
}

export interface ScenarioAnalysis {
  issues: Issue[];
  ok: boolean;
  routes: Map<string, FlowRoute>;
  /** link key → one-way propagation delay in seconds */
  delays: Map<string, number>;
  ms: number;
  /** the compiled model and what it was compiled from, so a run of the same scenario need not compile it again on the main thread */
  model: Model | null;
  of: { scenario: ScenarioJson; files: DocFiles };
}

/** `files`: the document's trace files (a missing one's issue says why it is missing). */
export function analyzeScenario(s: ScenarioJson, files: DocFiles): ScenarioAnalysis {
  const t0 = performance.now();
  let model: Model;
  try {
    model = loadWithFiles(s, files);
  } catch (e) {
    const issues =
      e instanceof ScenarioError
        ? e.issues
        : [{ path: '', message: `internal error while checking the scenario: ${e instanceof Error ? e.message : String(e)}` }];
    return { issues, ok: false, routes: new Map(), delays: new Map(), ms: performance.now() - t0, model: null, of: { scenario: s, files } };
  }
  const routes = new Map<string, FlowRoute>();
  for (const f of model.flows) {
    const ports = [...f.route, ...(f.response?.route ?? [])];
    const hops: [string, string][] = ports.map((p) => [model.nodes[model.ports[p].from].id, model.nodes[model.ports[p].to].id]);
    const nodes: string[] = [];
    for (const [a, b] of hops) {
      if (nodes[nodes.length - 1] !== a) nodes.push(a);
      nodes.push(b);
    }
    const copies = (f.frer ?? []).map((r) => [model.nodes[model.ports[r[0]].from].id, ...r.map((p) => model.nodes[model.ports[p].to].id)]);
    const all = [...ports, ...(f.frer ?? []).flat()];
    routes.set(f.id, { nodes, links: [...new Set(all.map((p) => model.links[model.ports[p].link].id))], hops, copies });
  }
  const delays = new Map(model.links.map((l) => [l.id, l.delayPs * 1e-12]));
  return { issues: [], ok: true, routes, delays, ms: performance.now() - t0, model, of: { scenario: s, files } };
}

/** The analysis's model when it was compiled from exactly this scenario and these files (else null: compile again). */
export function analyzedModel(a: ScenarioAnalysis | null, scenario: ScenarioJson, files: DocFiles): Model | null {
  return a && a.of.scenario === scenario && a.of.files === files ? a.model : null;
}

/** Issues at a path or below it (`links[3]` matches `links[3].rate`). */
export function issuesAt(issues: readonly Issue[], path: string): Issue[] {
  return issues.filter((i) => i.path === path || i.path.startsWith(path + '.') || i.path.startsWith(path + '['));
}
