/** 802.1Qav credit-based shaper (an idle slope per class) and 802.1Qbu/802.3br frame preemption (express classes, smallest fragment) of one TSN scope. */
import { CLASSES, maskToOpen, openMask } from '../../model/gateList.ts';
import { getIn, type JsonPath, setIn } from '../../model/setIn.ts';
import { useApp } from '../../state/appStore.ts';
import { applyEdit } from '../../state/editActions.ts';
import { toast } from '../../state/toast.ts';
import { Field } from '../Field.tsx';
import { ClassToggles } from './ClassToggles.tsx';

export function CbsFields({ path }: { path: JsonPath }) {
  return (
    <div className="cbs-grid">
      {[...CLASSES].reverse().map((c) => (
        <Field
          key={c}
          label={`class ${c}`}
          path={[...path, String(c), 'idleSlope']}
          kind="quantity"
          optional
          prune
          validateAt={path}
          placeholder="not shaped"
          info={
            `Idle slope of class ${c}: the rate its credit grows at while it waits, so ` +
            `the share of the port it gets (e.g. 20 Mb/s). Empty: class ${c} is not shaped.`
          }
        />
      ))}
    </div>
  );
}

export function PreemptionFields({ path }: { path: JsonPath }) {
  const express = useApp((s) => getIn(s.doc!.scenario, [...path, 'express']) as number[] | undefined) ?? [];
  const mask = openMask(express);
  const toggle = (c: number) => {
    const next = mask ^ (1 << c);
    if (next === 0) return toast('At least one class must be express: switch preemption off instead', 'error');
    const list = maskToOpen(next);
    applyEdit(`preemption: class ${c} ${(mask >> c) & 1 ? 'preemptable' : 'express'}`, (s) =>
      setIn(s, [...path, 'express'], list === 'all' ? [...CLASSES] : list),
    );
  };
  return (
    <>
      <div className="field">
        <label title="Express frames interrupt a preemptable frame on the wire (it resumes after them); the others are preemptable.">
          Express classes <span className="info-dot">?</span>
        </label>
        <ClassToggles mask={mask} onToggle={toggle} label="express classes" testId="preemption-express" />
      </div>
      <Field
        label="Smallest fragment"
        path={[...path, 'minFragment']}
        kind="quantity"
        optional
        placeholder="64 B (802.3br)"
        info="A preemptable frame is only cut where both pieces are at least this long; each fragment carries its own preamble, header and checksum."
      />
    </>
  );
}
