// Sanctions, administrative actions and complaints (B98 Pasal 24–25, 35–51): SAN-01 … SAN-05, ADM-01 … ADM-04,
// CMP-01 … CMP-02. The helpers that only check text or read tables stay internal.
export type { CaseTransitionRow, CaseMachineName } from './transition-table.js';
export type { CaseStepRecord, TrackedCase, CaseEventInput } from './lifecycle.js';
export * from './violations.js';
export * from './sanction-rules.js';
export { openSanctionCase, nextSanction } from './sanction-case.js';
export type { SanctionRecord, SanctionCase, SanctionStepResult, SanctionOptions, OpenSanctionCaseInput, SanctionEventInput } from './sanction-case.js';
export * from './sanction-due.js';
export * from './administrative-actions.js';
export * from './liquidation-revocation.js';
export * from './access-right-lapse.js';
export * from './complaint-grounds.js';
export * from './complaint-lifecycle.js';
export * from './complaints.js';
