import type { IsoDate, WorkCalendar } from '../calendar/index.js';
import { fail, ok, type Result } from '../result.js';
import type { AccessRequest } from './access-request.js';
import { attempt } from '../attempt.js';
import { checkOptionalText } from './input-checks.js';
import { parseInstant } from './instant.js';
import type { Notification } from './notifications.js';
import { DEFAULT_LIFECYCLE_SETTINGS, type LifecycleSettings } from './settings.js';
import { APPLICATION_SOURCES as S } from './sources.js';

/**
 * The last day to decide on an access right (ACC-02, M18 Pasal 8 ayat (5)): `accessDecisionWorkingDays` (1) working
 * day after the local date the request was received, in the calendar's time zone.
 * @example accessDecisionDue('2026-03-20T16:00:00+07:00', indonesiaCalendar) // ok('2026-03-25') — Nyepi leave and the weekend skipped
 */
export function accessDecisionDue(requestedAt: string, calendar: WorkCalendar, settings: Pick<LifecycleSettings, 'accessDecisionWorkingDays'> = DEFAULT_LIFECYCLE_SETTINGS): Result<IsoDate> {
  const at = parseInstant(requestedAt, 'requestedAt');
  if (!at.ok) return at;
  return attempt(() => ok(calendar.addWorkingDays(calendar.dateOf(requestedAt), settings.accessDecisionWorkingDays)));
}

/** The decision on an access right and the messages that tell the registrant (ACC-02). */
export interface AccessDecision {
  readonly granted: boolean;
  readonly decidedAt: string;
  readonly decidedBy: string;
  readonly reason?: string;
  readonly due: IsoDate;
  /** Whether the decision came after its due date (for the office's service report). */
  readonly late: boolean;
  readonly notifications: readonly Notification[];
}

/**
 * Records the decision on an access request and the SMS and e-mail that tell the registrant whether it was granted
 * or refused (M18 Pasal 8 ayat (6)). A refusal needs its reason.
 */
export function decideAccess(
  request: AccessRequest, decision: { granted: boolean; at: string; by: string; reason?: string }, calendar: WorkCalendar,
  settings: Pick<LifecycleSettings, 'accessDecisionWorkingDays'> = DEFAULT_LIFECYCLE_SETTINGS,
): Result<AccessDecision> {
  if (typeof decision?.granted !== 'boolean') {
    return fail('access.decision-invalid', { id: 'Keputusan harus diterima atau ditolak (granted: true/false).', en: 'The decision must be granted or refused (granted: true/false).' }, 'granted');
  }
  const at = parseInstant(decision.at, 'at');
  if (!at.ok) return at;
  const reason = checkOptionalText(decision.reason, 'reason', 500);
  if (!reason.ok) return reason;
  if (!decision.granted && reason.value === undefined) {
    return fail('access.reason-required', { id: 'Penolakan hak akses wajib disertai alasan.', en: 'A refusal must state its reason.' }, 'reason');
  }
  const due = accessDecisionDue(request.requestedAt, calendar, settings);
  if (!due.ok) return due;
  return attempt(() => {
    const late = calendar.dateOf(decision.at) > due.value;
    const text = decision.granted
      ? { id: 'Hak akses Anda telah diberikan.', en: 'Your access right has been granted.' }
      : { id: `Permohonan hak akses Anda ditolak: ${reason.value}`, en: `Your access request was refused: ${reason.value}` };
    const notifications: Notification[] = (['sms', 'email'] as const).map((channel) => ({
      audience: 'applicant', channel, to: channel === 'sms' ? request.registrant.phone : request.registrant.email, text, rule: 'ACC-02', source: S.accessNotice,
    }));
    return ok({
      granted: decision.granted, decidedAt: decision.at, decidedBy: String(decision.by), ...(reason.value === undefined ? {} : { reason: reason.value }),
      due: due.value, late, notifications,
    });
  });
}
