/** The gate-schedule synthesizer's Web Worker (schedule.worker.ts), wrapped with comlink. */
import { type Remote, wrap } from 'comlink';
import type { ScheduleWorkerApi } from './schedule.worker.ts';

export interface ScheduleWorker {
  worker: Worker;
  api: Remote<ScheduleWorkerApi>;
}

export function createScheduleWorker(): ScheduleWorker {
  const worker = new Worker(new URL('./schedule.worker.ts', import.meta.url), { type: 'module', name: 'netloom-schedule' });
  return { worker, api: wrap<ScheduleWorkerApi>(worker) };
}
