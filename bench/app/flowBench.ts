/**
 * Does the window block during a run, the bounds and a plan of a real plant? (issue 10: "the UI never
 * blocks more than 50 ms (p95 frame gap) during a run or a plan"). Opens a plant (default the steel works,
 * written out flat), then for each phase records the page's frame gaps (p95, longest, and the sum of the
 * gaps over 50 ms: the time the window was frozen), the main thread's long tasks (PerformanceObserver
 * 'longtask') and a CPU profile of the main thread (CDP), from which it prints the functions that took the
 * most of it — where the remaining long tasks are. Phases: a run (Run pressed → full results applied),
 * the bounds that follow it (→ bounds on screen), Run pressed again on the same scenario (its worker keeps it: not
 * sent again), the switch to the Planner view (→ drawn, then 1 s; with the elements it mounted), and the first
 * `planSeconds` of a plan (then cancelled).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { type Gaps, startGaps, stopGaps } from './frameGaps.ts';
import { startTaskCpu, stopTaskCpu, type TaskCpu } from './taskCpu.ts';

export interface PhaseFigures extends Gaps {
  wallMs: number;
  /** sum of the frame gaps longer than 50 ms */
  frozenMs: number;
  longTasks: { count: number; sumMs: number; maxMs: number };
  /** the main thread's tasks by CPU time rather than wall time (taskCpu.ts) */
  taskCpu: TaskCpu;
  /** the main thread's functions by self time (ms), most first */
  hot: [string, number][];
  /** each stretch of the profile busy for more than 50 ms without a break: its length and its functions by total time (ms) */
  stretches: { ms: number; hot: [string, number][] }[];
  /** each long task (> 50 ms): its length and the functions the profile sampled in it, by total time and by self time (ms) */
  tasks: { ms: number; hot: [string, number][]; self: [string, number][] }[];
  /** the Planner phase: the elements in the view once drawn */
  elements?: number;
}

const FROZEN = 50;

async function until(page: Page, expr: string, timeout: number): Promise<void> {
  const t0 = Date.now();
  while (!(await page.evaluate(expr))) {
    if (Date.now() - t0 > timeout) throw new Error(`timed out waiting for ${expr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  /** µs, on the clock performance.now() reads (shifted by its origin) */
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const nameOf = (f: ProfileNode['callFrame']) => `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;

/**
 * The profile's busy stretches longer than 50 ms (consecutive samples that are not idle): where the long
 * tasks are, each with its named functions by total time (self and callees), so a stretch says what it was.
 */
function busyStretches(profile: Profile, top = 6): PhaseFigures['stretches'] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const out: PhaseFigures['stretches'] = [];
  let ms = 0;
  let total = new Map<string, number>();
  const close = () => {
    if (ms > FROZEN) {
      const hot = [...total].sort((a, b) => b[1] - a[1]).slice(0, top);
      out.push({ ms: Math.round(ms), hot: hot.map(([n, t]) => [n, Math.round(t)]) });
    }
    ms = 0;
    total = new Map();
  };
  profile.samples.forEach((id, i) => {
    const name = byId.get(id)!.callFrame.functionName;
    if (name === '(idle)' || name === '(root)') return close();
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000; // a sample stands for the time until the next
    ms += dt;
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const f = byId.get(n)!.callFrame;
      if (!f.functionName || f.functionName === '(root)') continue;
      const k = nameOf(f);
      if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + dt);
      seen.add(k);
    }
  });
  close();
  return out.sort((a, b) => b.ms - a.ms).slice(0, 5);
}

/**
 * The functions behind each long task: the profile's samples between the task's start and end (`origin`: the
 * profile's start on performance.now()'s clock, ms), each function by total time (self and callees).
 */
function taskFunctions(profile: Profile, origin: number, tasks: { start: number; ms: number }[], top = 16): PhaseFigures['tasks'] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const at: number[] = [];
  let t = origin;
  for (const d of profile.timeDeltas) at.push((t += d / 1000));
  return tasks
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5)
    .map(({ start, ms }) => {
      const total = new Map<string, number>();
      const self = new Map<string, number>();
      profile.samples.forEach((id, i) => {
        if (at[i] < start || at[i] > start + ms) return;
        const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
        const own = nameOf(byId.get(id)!.callFrame);
        self.set(own, (self.get(own) ?? 0) + dt);
        const seen = new Set<string>();
        for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
          const f = byId.get(n)!.callFrame;
          if (!f.functionName || f.functionName === '(root)') continue;
          const k = nameOf(f);
          if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + dt);
          seen.add(k);
        }
      });
      const most = (m: Map<string, number>, n: number) =>
        [...m]
          .sort((a, b) => b[1] - a[1])
          .slice(0, n)
          .map(([f, v]) => [f, Math.round(v)] as [string, number]);
      return { ms: Math.round(ms), hot: most(total, top), self: most(self, 8) };
    });
}

/** Self time per function of a V8 CPU profile, in ms. */
function hotFunctions(profile: Profile, top = 12): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const name = nameOf(byId.get(id)!.callFrame);
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self]
    .filter(([n]) => !n.startsWith('(idle)') && !n.startsWith('(program)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([n, ms]) => [n, Math.round(ms)]);
}

async function phase(page: Page, cdp: CDPSession, act: () => Promise<void>): Promise<PhaseFigures> {
  await page.evaluate(`(() => {
    window.__long = [];
    window.__longObs = new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push({ start: e.startTime, ms: e.duration }); });
    window.__longObs.observe({ type: 'longtask' });
  })()`);
  const before = (await page.evaluate('performance.now()')) as number;
  await cdp.send('Profiler.start');
  const after = (await page.evaluate('performance.now()')) as number;
  await startTaskCpu(cdp);
  await startGaps(page);
  const t0 = Date.now();
  await act();
  const wallMs = Date.now() - t0;
  const gaps = await stopGaps(page);
  const taskCpu = await stopTaskCpu(cdp);
  const all = (await page.evaluate('window.__gaps')) as number[];
  const { profile } = await cdp.send('Profiler.stop');
  const tasks = (await page.evaluate('(window.__longObs.disconnect(), window.__long)')) as { start: number; ms: number }[];
  const long = tasks.map((t) => t.ms);
  // the profile starts between the two readings of performance.now() around Profiler.start (a few ms apart)
  const origin = (before + after) / 2;
  return {
    ...gaps,
    wallMs,
    frozenMs: Math.round(all.filter((g) => g > FROZEN).reduce((a, b) => a + b, 0)),
    taskCpu,
    longTasks: { count: long.length, sumMs: Math.round(long.reduce((a, b) => a + b, 0)), maxMs: Math.round(Math.max(0, ...long)) },
    hot: hotFunctions(profile as never),
    stretches: busyStretches(profile as never),
    tasks: taskFunctions(profile as never, origin, tasks),
  };
}

export async function flowBench(page: Page, file: string, planSeconds: number): Promise<Record<string, PhaseFigures>> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open-file').click()]);
  await chooser.setFiles(file);
  await until(page, 'window.__netloom.state().analysis !== null', 120_000);
  await page.waitForTimeout(3000); // the layout worker and the first paint settle
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  const out: Record<string, PhaseFigures> = {};
  const print = (name: string) => {
    const f = out[name];
    console.log(
      `  ${name}: wall ${f.wallMs} ms; frame gaps p95 ${f.p95Ms} ms, longest ${f.maxMs} ms, ${f.frozenMs} ms frozen in gaps > ${FROZEN} ms; ` +
        `long tasks ${f.longTasks.count} (${f.longTasks.sumMs} ms, longest ${f.longTasks.maxMs} ms); ` +
        `by CPU time ${f.taskCpu.over50} over 50 ms, longest ${f.taskCpu.longestMs.join(', ')} ms`,
    );
    for (const [fn, ms] of f.hot.slice(0, 8)) console.log(`      ${String(ms).padStart(6)} ms  ${fn}`);
    for (const st of f.stretches) console.log(`    busy ${st.ms} ms: ${st.hot.map(([fn, ms]) => `${fn} ${ms}`).join(', ')}`);
    for (const t of f.tasks) {
      console.log(`    task ${t.ms} ms: ${t.hot.map(([fn, ms]) => `${fn} ${ms}`).join(', ')}`);
      console.log(`      self: ${t.self.map(([fn, ms]) => `${fn} ${ms}`).join(', ')}`);
    }
  };
  out.run = await phase(page, cdp, async () => {
    await page.getByTestId('run').click();
    await until(page, "window.__netloom.state().run.status === 'done' && !window.__netloom.state().lastReport?.preview", 900_000);
  });
  print('run');
  out.bounds = await phase(page, cdp, () => until(page, 'window.__netloom.state().bounds?.computing === false', 900_000));
  print('bounds');
  out.rerun = await phase(page, cdp, async () => {
    await page.getByTestId('run').click();
    await until(page, "window.__netloom.state().run.status === 'running'", 60_000);
    await until(page, "window.__netloom.state().run.status === 'done' && !window.__netloom.state().lastReport?.preview", 900_000);
  });
  print('rerun');
  // switching to the Planner view alone: the topology leaves the page and the planner draws (up to 232 ms in one task, issue 10)
  out.planner = await phase(page, cdp, async () => {
    await page.getByTestId('view-planner').click();
    await page.getByTestId('planner-view').waitFor();
    await page.waitForTimeout(1000);
  });
  out.planner.elements = (await page.evaluate('document.querySelectorAll("[data-testid=planner-view] *").length')) as number;
  print('planner');
  console.log(`    the Planner view: ${out.planner.elements} elements`);
  if (planSeconds > 0) {
    out.plan = await phase(page, cdp, async () => {
      await page.getByTestId('plan-start').click();
      await page.waitForTimeout(planSeconds * 1000);
    });
    print('plan');
    await page
      .getByTestId('plan-cancel')
      .click({ timeout: 5000 })
      .catch(() => undefined);
  }
  return out;
}

/** The figures of one flowBench, written beside the app benchmark's. */
export function writeFlowFigures(outDir: string, figures: unknown): void {
  writeFileSync(join(outDir, 'app-flow.json'), `${JSON.stringify(figures, null, 2)}\n`);
}
