/** Ctrl+K: every named action, searchable, run with Enter. */
import { useMemo, useState } from 'react';
import { COMMANDS, runCommand } from '../commands/commands.ts';
import { appStore, useApp } from '../state/appStore.ts';

export function CommandPalette() {
  const open = useApp((s) => s.paletteOpen);
  const hasDoc = useApp((s) => s.doc !== null);
  const [q, setQ] = useState('');
  const [i, setI] = useState(0);
  const list = useMemo(() => {
    const seen = new Set<string>();
    return COMMANDS.filter((c) => (!c.needsDoc || hasDoc) && !seen.has(c.label) && seen.add(c.label) && c.label.toLowerCase().includes(q.trim().toLowerCase()));
  }, [q, hasDoc]);
  if (!open) return null;
  const close = () => {
    appStore.set({ paletteOpen: false });
    setQ('');
    setI(0);
  };
  const run = (id: string) => {
    close();
    runCommand(id);
  };
  return (
    <div className="modal-back" onClick={close}>
      <div className="palette-dialog" onClick={(e) => e.stopPropagation()} role="dialog" aria-label="Command palette">
        <input
          autoFocus
          placeholder="Type a command…"
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setI(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') setI((k) => Math.min(list.length - 1, k + 1));
            if (e.key === 'ArrowUp') setI((k) => Math.max(0, k - 1));
            if (e.key === 'Enter' && list[i]) run(list[i].id);
            if (e.key === 'Escape') close();
            e.stopPropagation();
          }}
        />
        <ul>
          {list.map((c, k) => (
            <li key={c.id} className={k === i ? 'on' : ''} onMouseEnter={() => setI(k)} onClick={() => run(c.id)}>
              <span>{c.label}</span>
              {c.keys && <kbd>{c.keys}</kbd>}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
