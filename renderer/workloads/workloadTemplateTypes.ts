/** What a workload template is: the "Add AI workload" dialog's view of one template of sim/workloads. */
import type { ScenarioJson } from '../../sim/api/index.ts';

export type ParamKind = 'number' | 'integer' | 'time' | 'size' | 'rate' | 'select' | 'boolean';

export interface ParamSpec {
  key: string;
  label: string;
  kind: ParamKind;
  /** the prefilled value; undefined for an optional parameter left unset */
  default: string | number | boolean | undefined;
  source: string;
  optional?: boolean;
  /** placeholder of an optional field left empty */
  unset?: string;
  min?: number;
  max?: number;
  options?: { value: string; label: string; source: string }[];
}

export interface RoleSpec {
  key: string;
  label: string;
  multiple: boolean;
  /** device types offered first (and preselected) */
  prefer: readonly string[];
  /** only these types can fill the role; otherwise any end device can */
  only?: readonly string[];
  hint: string;
  /** said when the scenario has no device that can fill the role */
  missing: string;
}

export interface FixedDefault {
  label: string;
  value: string;
  source: string;
}

export type Params = Record<string, string | number | boolean | undefined>;
export type Roles = Record<string, string[]>;

export interface WorkloadTemplate {
  key: string;
  label: string;
  group: 'AI workloads' | 'Plant traffic';
  summary: string;
  /** flow ids start with the workload's name */
  idPrefix: string;
  roles: RoleSpec[];
  params: ParamSpec[];
  fixed: FixedDefault[];
  apply(doc: ScenarioJson, name: string, roles: Roles, params: Params): void;
}
