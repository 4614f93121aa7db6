/**
 * The main thread's tasks by CPU time (a Chromium trace: each task's `RunTask` event with its thread time `tdur`), beside the
 * long tasks the page sees by wall time. On the shared 2-core machine (load average 15–20) a task of 8 ms CPU can
 * be held 60 ms or more by the operating system, so the wall time of a task says more about the load than about
 * the app; its CPU time says what the app's code did in one piece (issue 10: no task over 50 ms).
 */
import type { CDPSession } from 'playwright-core';

export interface TaskCpu {
  /** the main thread's tasks over 50 ms of CPU */
  over50: number;
  /** the longest tasks' CPU time (ms), most first */
  longestMs: number[];
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** a task's trace event: `ThreadControllerImpl::RunTask` in this Chromium (156), `RunTask` in older ones */
const TASK = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

export async function startTaskCpu(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { categories: 'toplevel,__metadata', transferMode: 'ReportEvents' });
}

export async function stopTaskCpu(cdp: CDPSession): Promise<TaskCpu> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: unknown[] }) => void events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', collect);
  // the renderers' main threads (the page's, and any other renderer's, which idles)
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}/${e.tid}`));
  const cpu = events
    .filter((e) => e.ph === 'X' && TASK.has(e.name) && e.tdur !== undefined && main.has(`${e.pid}/${e.tid}`))
    .map((e) => e.tdur! / 1000)
    .sort((a, b) => b - a);
  return { over50: cpu.filter((ms) => ms > 50).length, longestMs: cpu.slice(0, 5).map((ms) => Math.round(ms)) };
}
