/**
 * The 802.1Qbv gate control list of one scope (every egress port of a node, or the port towards
 * one neighbour): cycle, base time, clock error and the hardware's list length, the cycle as a
 * timeline, and its entries — each a duration and the classes whose gates it opens, with
 * split, move and remove. Every change is one undoable edit, checked by the core's loader.
 */
import { useState } from 'react';
import { gateTimeline, type GatesJson, moveEntry, openMask, removeEntry, setCycle, setEntryDuration, splitEntry, toggleClass } from '../../model/gateList.ts';
import { getIn, type JsonPath, pathString, setIn } from '../../model/setIn.ts';
import { useApp } from '../../state/appStore.ts';
import { applyEdit } from '../../state/editActions.ts';
import { Field } from '../Field.tsx';
import { ClassToggles } from './ClassToggles.tsx';
import { GateTimeline } from './GateTimeline.tsx';

const DEFAULT_MAX_ENTRIES = 1024;

export function GateControlEditor({ path }: { path: JsonPath }) {
  const gates = useApp((s) => getIn(s.doc!.scenario, path) as GatesJson | undefined);
  const [selected, setSelected] = useState<number | null>(null);
  if (!gates || !Array.isArray(gates.entries)) return null;
  const edit = (label: string, f: (g: GatesJson) => GatesJson) => applyEdit(label, (s) => setIn(s, path, f(getIn(s, path) as GatesJson)));
  const timeline = gateTimeline(gates);
  const limit = gates.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const id = pathString(path);
  return (
    <div className="gcl-editor" data-testid={`gcl-${id}`}>
      <div className="field-row">
        <Field
          label="Cycle"
          path={[...path, 'cycle']}
          kind="quantity"
          validateAt={path}
          commit={(s, v) => setIn(s, path, setCycle(getIn(s, path) as GatesJson, String(v ?? '')))}
          info="The gate control list repeats every cycle; the last entry grows or shrinks with it."
        />
        <Field
          label="Base time"
          path={[...path, 'baseTime']}
          kind="quantity"
          optional
          placeholder="0 s"
          info="When the first cycle starts (802.1Qbv AdminBaseTime)."
        />
      </div>
      <div className="field-row">
        <Field
          label="Clock error ±"
          path={[...path, 'syncError']}
          kind="quantity"
          optional
          placeholder="0 s"
          info="Bound on this port clock's offset from network time (802.1AS): each port's gates open and close that much early or late."
        />
        <Field
          label="List limit"
          path={[...path, 'maxEntries']}
          kind="integer"
          optional
          placeholder={String(DEFAULT_MAX_ENTRIES)}
          info="The switch's gate control list length: the most entries its hardware holds."
          note={`${gates.entries.length} of ${limit} entries`}
        />
      </div>
      {timeline && <GateTimeline cyclePs={timeline.cyclePs} segments={timeline.segments} selected={selected} onSelect={setSelected} />}
      <ol className="gcl-entries">
        {gates.entries.map((e, i) => (
          <li key={i} className={`gcl-entry ${selected === i ? 'selected' : ''}`} data-testid="gcl-entry" onFocus={() => setSelected(i)}>
            <div className="gcl-entry-head">
              <span className="gcl-index">{i + 1}</span>
              <Field
                label={`Entry ${i + 1} duration`}
                path={[...path, 'entries', i, 'duration']}
                kind="quantity"
                validateAt={path}
                testId={`gcl-duration-${i}`}
                commit={(s, v) => setIn(s, path, setEntryDuration(getIn(s, path) as GatesJson, i, String(v ?? '')))}
              />
              <div className="gcl-actions">
                <button
                  type="button"
                  className="icon-mini"
                  title="Split this entry in two halves"
                  data-testid={`gcl-split-${i}`}
                  onClick={() => edit(`split gate entry ${i + 1}`, (g) => splitEntry(g, i))}
                >
                  ½
                </button>
                <button
                  type="button"
                  className="icon-mini"
                  title="Move earlier in the cycle"
                  disabled={i === 0}
                  onClick={() => edit(`move gate entry ${i + 1} earlier`, (g) => moveEntry(g, i, -1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-mini"
                  title="Move later in the cycle"
                  disabled={i === gates.entries.length - 1}
                  onClick={() => edit(`move gate entry ${i + 1} later`, (g) => moveEntry(g, i, 1))}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="icon-mini"
                  title="Remove (its time goes to the entry before it)"
                  disabled={gates.entries.length < 2}
                  onClick={() => edit(`remove gate entry ${i + 1}`, (g) => removeEntry(g, i))}
                >
                  ✕
                </button>
              </div>
            </div>
            <div className="gcl-open">
              <span className="muted">open</span>
              <ClassToggles
                mask={openMask(e.open)}
                label={`classes open during entry ${i + 1}`}
                testId={`gcl-open-${i}`}
                onToggle={(c) => edit(`gate entry ${i + 1}: class ${c} ${(openMask(e.open) >> c) & 1 ? 'closed' : 'open'}`, (g) => toggleClass(g, i, c))}
              />
            </div>
          </li>
        ))}
      </ol>
      <p className="form-hint">
        The entries always fill the cycle: a new duration takes its time from the entry after it (the last entry: from the one before). A frame starts only if
        it ends before its gate closes (guard band).
      </p>
    </div>
  );
}
