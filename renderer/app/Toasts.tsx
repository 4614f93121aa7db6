import { useApp } from '../state/appStore.ts';
import { dismissToast } from '../state/toast.ts';

export function Toasts() {
  const toasts = useApp((s) => s.toasts);
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className={`toast ${t.kind}`} onClick={() => dismissToast(t.id)} data-testid="toast">
          {t.text}
        </div>
      ))}
    </div>
  );
}
