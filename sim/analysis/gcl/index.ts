export { synthesizeSchedule } from './synthesizeSchedule.ts';
export { applySchedule } from './applySchedule.ts';
export { gateLimits } from './gateLimits.ts';
export { exactPs, shortPs, percent } from '../../core/formatPs.ts';
export { SCHEDULE_FORMAT, ScheduleInputError } from './Schedule.ts';
export type { Conflict, GateEntry, HopSchedule, PortRef, PortSchedule, Schedule, ScheduledFlow, SynthesisOptions } from './Schedule.ts';
