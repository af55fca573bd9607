export { startBackgroundWork, type BackgroundWork } from './background.js';
export { actionKey, DUE_ACTION_JOB, STATES_WITH_DUE_ACTIONS, type DueActionPayload } from './due-work.js';
export { startLoop, type Loop } from './loop.js';
export { createScheduler, type Scheduler, type SchedulerOptions, type TickReport } from './scheduler.js';
