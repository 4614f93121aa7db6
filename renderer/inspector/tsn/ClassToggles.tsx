/** Eight traffic classes (802.1Q PCP 7 … 0) as toggles: which gates are open, which classes are express. */
import { CLASSES } from '../../model/gateList.ts';

export function ClassToggles({ mask, onToggle, label, testId }: { mask: number; onToggle: (c: number) => void; label: string; testId: string }) {
  return (
    <div className="class-toggles" role="group" aria-label={label} data-testid={testId}>
      {[...CLASSES].reverse().map((c) => {
        const on = ((mask >> c) & 1) === 1;
        return (
          <button
            key={c}
            type="button"
            className={on ? 'on' : ''}
            aria-pressed={on}
            data-class={c}
            title={`class ${c} (PCP ${c}): ${on ? 'on' : 'off'} — click to switch`}
            onClick={() => onToggle(c)}
          >
            {c}
          </button>
        );
      })}
    </div>
  );
}
