/**
 * The workload templates of sim/workloads as the "Add AI workload" dialog shows them: which
 * devices each attaches to (roles), which of its parameters the user may set (prefilled from
 * DEFAULTS, each with its source), and the defaults it applies without asking (also with
 * their sources; the flows stay editable in the inspector afterwards).
 */
import { AI_TEMPLATES } from './aiWorkloadTemplates.ts';
import { PLANT_TEMPLATES } from './plantWorkloadTemplates.ts';
import type { WorkloadTemplate } from './workloadTemplateTypes.ts';

export type { ParamKind, ParamSpec, Params, Roles, RoleSpec, WorkloadTemplate } from './workloadTemplateTypes.ts';

export const WORKLOAD_TEMPLATES: WorkloadTemplate[] = [...AI_TEMPLATES, ...PLANT_TEMPLATES];

export const templateByKey = (key: string): WorkloadTemplate => WORKLOAD_TEMPLATES.find((t) => t.key === key) ?? WORKLOAD_TEMPLATES[0];
