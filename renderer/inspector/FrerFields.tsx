/**
 * 802.1CB frame replication and elimination on a flow: off, two disjoint paths the core finds,
 * or paths the user names (node ids in order, "PLC → SW-A → SW-B → DRV1"), 2 to 4 of them.
 */
import type { ScenarioJson } from '../../sim/api/index.ts';
import { getIn, setIn } from '../model/setIn.ts';
import { useApp } from '../state/appStore.ts';
import { applyEdit } from '../state/editActions.ts';
import { Field } from './Field.tsx';
import { SelectField } from './SelectField.tsx';

type Frer = true | { paths: string[][] } | undefined;

export const formatPath = (v: unknown): string => (Array.isArray(v) ? v.join(' → ') : '');
export const parsePath = (text: string): string[] => text.split(/\s*(?:→|->|,|\s)\s*/).filter((x) => x.length > 0);

export function FrerFields({ index }: { index: number }) {
  const frer = useApp((s) => s.doc!.scenario.flows[index].frer) as Frer;
  const route = useApp((s) => s.analysis?.routes.get(s.doc!.scenario.flows[index].id));
  const path = ['flows', index, 'frer'] as const;
  const mode = frer === true ? 'auto' : frer ? 'paths' : '';
  const paths = typeof frer === 'object' ? frer.paths : [];
  const start = (): { paths: string[][] } => {
    // the routes the core uses now: the primary and its disjoint copies
    const primary = route?.nodes ?? [];
    return { paths: [primary, ...(route?.copies.length ? route.copies : [primary])] };
  };
  const setPaths = (label: string, f: (p: string[][]) => string[][]) =>
    applyEdit(label, (s: ScenarioJson) => setIn(s, [...path, 'paths'], f(((getIn(s, path) as { paths: string[][] }).paths ?? []).slice())));
  return (
    <>
      <SelectField
        label="Redundancy (802.1CB)"
        path={path}
        options={[
          ['auto', 'replicate over two disjoint paths'],
          ['paths', 'replicate over the paths below'],
        ]}
        emptyLabel="off"
        format={() => mode}
        commit={(s, v) => setIn(s, path, v === 'auto' ? true : v === 'paths' ? start() : undefined)}
        info="Frame replication and elimination: every frame is sent over each path; the listener keeps the first copy, so one path failing loses nothing."
      />
      {mode === 'auto' && route && route.copies.length > 0 && (
        <p className="form-hint" data-testid="frer-routes">
          {[route.nodes, ...route.copies].map((p) => p.join(' → ')).join(' ‖ ')}
        </p>
      )}
      {paths.map((_, k) => (
        <div key={k} className="field-row interval-row">
          <Field
            label={k === 0 ? 'Path 1 (primary)' : `Path ${k + 1}`}
            path={[...path, 'paths', k]}
            format={formatPath}
            parse={parsePath}
            placeholder="PLC → SW1 → DRV1"
          />
          <button
            type="button"
            className="icon-mini"
            title="Remove this path"
            disabled={paths.length <= 2}
            onClick={() => setPaths('remove a redundant path', (p) => p.filter((__, j) => j !== k))}
          >
            ✕
          </button>
        </div>
      ))}
      {mode === 'paths' && paths.length < 4 && (
        <button type="button" className="btn small wrap" onClick={() => setPaths('add a redundant path', (p) => [...p, p[p.length - 1] ?? []])}>
          + Path
        </button>
      )}
    </>
  );
}
