import { PRE_DECISION_STATES, type ApplicationState, type DueAction } from '@satupintu/core';

/** The job kind of a due action of core's `dueActions`. */
export const DUE_ACTION_JOB = 'due-action';

/** The states in which core's `dueActions` can return something: the survey step, payment, and before the decision. */
export const STATES_WITH_DUE_ACTIONS: readonly ApplicationState[] = [...new Set<ApplicationState>(['awaiting-survey', 'awaiting-payment', ...PRE_DECISION_STATES])];

/** What a due-action job carries. */
export interface DueActionPayload {
  readonly applicationId: string;
  readonly kind: DueAction['kind'];
  readonly reminder?: number;
}

/**
 * The key of a due action, used as the job key and as the record that it was done: one per application, kind and
 * reminder number (`APP-1:send-survey-reminder:2`, `APP-1:lapse-payment`). Core never returns an action twice for
 * an application once its event is applied, so the key names exactly one piece of work.
 */
export function actionKey(applicationId: string, action: Pick<DueAction, 'kind' | 'reminder'>): string {
  return action.reminder === undefined ? `${applicationId}:${action.kind}` : `${applicationId}:${action.kind}:${action.reminder}`;
}

/** Whether a job payload is a {@link DueActionPayload}. */
export function isDueActionPayload(value: unknown): value is DueActionPayload {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.applicationId === 'string' && typeof record.kind === 'string'
    && (record.reminder === undefined || typeof record.reminder === 'number');
}
