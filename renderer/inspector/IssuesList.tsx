/** The scenario's problems, as the CLI would print them; click one to select what it is about. */
import { formatIssue, linkId } from '../../sim/api/index.ts';
import { appStore, useApp } from '../state/appStore.ts';

function focusIssue(path: string): void {
  const s = appStore.get().doc?.scenario;
  const m = /^(nodes|links|flows)\[(\d+)\]/.exec(path);
  if (!s || !m) return;
  const i = Number(m[2]);
  if (m[1] === 'nodes' && s.nodes[i]) appStore.set({ selection: { nodes: [s.nodes[i].id], links: [], flow: null } });
  if (m[1] === 'links' && s.links[i]) appStore.set({ selection: { nodes: [], links: [linkId(s.links[i])], flow: null } });
  if (m[1] === 'flows' && s.flows[i]) appStore.set({ selection: { nodes: [], links: [], flow: s.flows[i].id } });
}

export function IssuesList() {
  const issues = useApp((s) => s.analysis?.issues ?? null);
  if (!issues || issues.length === 0) return null;
  return (
    <div className="issues" data-testid="issues" role="status">
      <div className="issues-title">
        ⚠ {issues.length} problem{issues.length > 1 ? 's' : ''} — the scenario cannot run until {issues.length > 1 ? 'they are' : 'it is'} fixed
      </div>
      <ul>
        {issues.slice(0, 30).map((i, k) => (
          <li key={k}>
            <button className="linklike" onClick={() => focusIssue(i.path)}>
              {formatIssue(i)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
