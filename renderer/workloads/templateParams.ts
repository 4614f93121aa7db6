/** Parameter helpers the workload templates share: value readers, the priority field, the model choices. */
import { formatTime, LLMS, MODELS } from '../../sim/api/index.ts';
import type { ParamSpec, Roles } from './workloadTemplateTypes.ts';

export const COMPUTE = ['compute', 'cloud'] as const;
export const NO_COMPUTE =
  'needs a compute node to run the model — an edge server or a cloud — and this scenario has none. ' +
  'Add an Edge server from the palette (Compute), connect it to a switch, and open this dialog again.';
export const BY_TEMPLATE = 'set by the template in sim/workloads/templates.ts (no separate source)';
export const time = (s: number) => formatTime(s, { digits: 4 });
export const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
export const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
export const one = (r: Roles, k: string) => r[k]?.[0] ?? '';

export const priority = (source: string): ParamSpec => ({
  key: 'priority',
  label: '802.1Q priority (PCP 0–7)',
  kind: 'integer',
  default: undefined,
  optional: true,
  unset: 'untagged',
  min: 0,
  max: 7,
  source,
});

export const visionModels = Object.entries(MODELS).map(([k, m]) => ({ value: k, label: `${k} — ${time(m.value)} per image`, source: m.source }));
export const llmModels = Object.entries(LLMS).map(([k, m]) => ({
  value: k,
  label: `${k} — TTFT ${time(m.value.ttft)}, ${time(m.value.itl)}/token`,
  source: m.source,
}));
