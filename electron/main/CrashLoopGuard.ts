/**
 * What main does when the renderer process dies: reload it (the unsaved work is in the
 * recovery slots and is offered back), unless it already died within the last minute — a
 * renderer that crashes at start would otherwise be reloaded in a loop. Then main shows
 * crashLoopDialog instead and leaves the slots as they are. Pure: main passes the time.
 */
import type { RecoverySummary } from '../common/ipc.ts';

export type CrashAction = 'reload' | 'stop';

export class CrashLoopGuard {
  private crashes: number[] = [];

  /** `limit` crashes within `windowMs` stop the reloading. */
  constructor(
    readonly limit = 2,
    readonly windowMs = 60_000,
  ) {}

  /** Records a crash at `nowMs` (a monotonic clock) and says what to do. */
  record(nowMs: number): CrashAction {
    this.crashes = [...this.crashes.filter((t) => nowMs - t < this.windowMs), nowMs];
    return this.crashes.length >= this.limit ? 'stop' : 'reload';
  }

  /** The user asked for a reload: count afresh. */
  reset(): void {
    this.crashes = [];
  }
}

export const CRASH_BUTTONS = ['Reload Window', 'Show Recovered Files', 'Quit NetLoom'] as const;

/** The message box main shows when it stops reloading (button order: CRASH_BUTTONS). */
export function crashLoopDialog(reason: string, limit: number, windowMs: number, recoveryDir: string, slots: RecoverySummary[]) {
  const kept =
    slots.length === 0
      ? 'No unsaved work was found to recover.'
      : `Your unsaved work is kept: ${slots.map((s) => s.name).join(', ')}. NetLoom offers it back on its start page the next time the window loads.`;
  return {
    type: 'error' as const,
    buttons: [...CRASH_BUTTONS],
    defaultId: 2,
    cancelId: 2,
    message:
      `NetLoom’s window stopped ${limit === 2 ? 'twice' : `${limit} times`} within ` +
      `${Math.round(windowMs / 1000)} seconds (${reason}), so it was not reloaded again.`,
    detail: `${kept}\n\nThe recovery files are in ${recoveryDir}.`,
  };
}
