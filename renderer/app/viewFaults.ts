/**
 * Fault injection for the end-to-end tests (window.__netloom.breakView): makes a view throw
 * while it renders, to check that its error boundary holds the failure inside that view.
 * Nothing in the app arms a fault; unarmed, a fault point renders nothing.
 */
import { createStore, useStoreSelector } from '../state/createStore.ts';

const faults = createStore<{ views: readonly string[] }>({ views: [] });

/** Makes the view named `view` (its boundary's `what`) throw on every render until disarmed (null disarms all). */
export function breakView(view: string | null): void {
  faults.set({ views: view === null ? [] : [...faults.get().views, view] });
}

/** Rendered first inside each error boundary: throws while its view is armed. */
export function FaultPoint({ view }: { view: string }) {
  const armed = useStoreSelector(faults, (s) => s.views.includes(view));
  if (armed) throw new Error(`test fault in the ${view} (window.__netloom.breakView)`);
  return null;
}
