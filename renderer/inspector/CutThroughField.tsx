/** Store-and-forward or cut-through switching, and how much of a frame a cut-through switch waits for. */
import { setIn } from '../model/setIn.ts';
import { useApp } from '../state/appStore.ts';
import { Field } from './Field.tsx';
import { SelectField } from './SelectField.tsx';

export function CutThroughField({ index }: { index: number }) {
  const on = useApp((s) => s.doc!.scenario.nodes[index].switch?.cutThrough);
  const path = ['nodes', index, 'switch', 'cutThrough'] as const;
  return (
    <>
      <SelectField
        label="Forwarding"
        path={path}
        options={[['cut', 'cut-through']]}
        emptyLabel="store-and-forward (default)"
        prune
        format={(v) => (v === undefined || v === false ? '' : 'cut')}
        parse={() => true}
        info={
          'Cut-through starts sending a frame as soon as its header is in, when the egress is ' +
          'free and not faster than the ingress; store-and-forward waits for the whole frame.'
        }
      />
      {on !== undefined && on !== false && (
        <Field
          label="Received before forwarding"
          path={path}
          kind="quantity"
          optional
          placeholder="64 B"
          format={(v) => (typeof v === 'string' ? v : '')}
          parse={(t) => t.trim()}
          commit={(s, v) => setIn(s, path, v ?? true)}
          info="Bytes of the frame that must be in before it is forwarded (default 64 B)."
        />
      )}
    </>
  );
}
