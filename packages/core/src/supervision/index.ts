// Risk-based supervision of business licences and LKPM reporting (Perwali Blitar 98/2022, SUP-01 … SUP-11, SAN-01).
export * from './levels.js';
export * from './deadlines.js';
export * from './frequency-rules.js';
export { inspectionFrequency, locationInspections, type FrequencyInput, type InspectionFrequency, type BusinessActivity, type RiskLevelSupervision } from './inspection-frequency.js';
export { weekOfMonth, planMilestones, type PlanMilestone } from './plan-milestones.js';
export { routineInspectionLetters, type InspectionLetters } from './inspection-letters.js';
export { PLAN_PRIORITY_CRITERIA, PRIORITY_CRITERION_IDS, type PriorityCriterion, type PriorityCriterionRow } from './plan-priority.js';
export {
  DEFAULT_PLAN_SETTINGS, type PlanInput, type PlanBusiness, type PlanSettings, type InspectorCapacity, type InspectionHistoryEntry,
} from './plan-input.js';
export * from './plan-inspections.js';
export * from './bap.js';
export * from './incidental.js';
export * from './expert-report.js';
export * from './lkpm-rules.js';
export { parseLkpmPeriod, type LkpmPeriod } from './lkpm-periods.js';
export * from './lkpm-schedule.js';
export * from './lkpm-violations.js';
