/**
 * Frame gaps seen by the page (rAF to rAF, in ms) while something happens: a run, a drag, a
 * pan. A gap is how long the UI could not paint; the target is p95 ≤ 50 ms.
 */
import type { Page } from 'playwright-core';

export async function startGaps(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.__gaps = []; window.__gapOn = true; let last = performance.now();
    const tick = (t) => { window.__gaps.push(t - last); last = t; if (window.__gapOn) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
}

export interface Gaps {
  frames: number;
  fps: number;
  p95Ms: number;
  maxMs: number;
}

export async function stopGaps(page: Page): Promise<Gaps> {
  await page.evaluate('window.__gapOn = false');
  const gaps = ((await page.evaluate('window.__gaps')) as number[]).slice(1);
  const total = gaps.reduce((a, b) => a + b, 0);
  return {
    frames: gaps.length,
    fps: +((gaps.length * 1000) / Math.max(1, total)).toFixed(1),
    p95Ms: +pctl(gaps, 95).toFixed(1),
    maxMs: +Math.max(0, ...gaps).toFixed(1),
  };
}

export const pctl = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};
