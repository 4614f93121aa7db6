/** The planner's simulator for tests: each candidate loaded and run in this thread, a load failure as the evaluation's error. */
import { createSimApi, type Report } from '../../sim/api/index.ts';
import type { Evaluate } from '../../sim/plan/index.ts';

export const evaluateInThread: Evaluate = async (scenarios, opts) =>
  scenarios.map((s) => {
    const api = createSimApi();
    const loaded = api.load({ scenario: s }, { durationS: opts.durationS, replications: opts.replications });
    return loaded.ok ? (api.run() as Report) : { error: loaded.issues[0].message };
  });
