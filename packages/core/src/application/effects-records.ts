import { fail, ok } from '../result.js';
import type { EffectHandler } from './effect.js';
import { checkChoice, checkText } from './input-checks.js';

/** A written reprimand of the applicant (APP-10). */
export const reprimand: EffectHandler<'reprimand'> = ({ application, event }) => {
  const reason = checkText(event.reason, 'reason', 2000);
  if (!reason.ok) return reason;
  const sanction = { kind: 'reprimand' as const, reason: reason.value, at: event.at, by: event.actor.id };
  return ok({ changes: { sanctions: [...application.sanctions, sanction] }, reason: reason.value });
};

/** Cancellation of the application or the permit as a sanction for untrue data (APP-10). */
export const cancelAsSanction: EffectHandler<'cancel-as-sanction'> = ({ application, event }) => {
  const reason = checkText(event.reason, 'reason', 2000);
  if (!reason.ok) return reason;
  const sanction = { kind: 'cancellation' as const, reason: reason.value, at: event.at, by: event.actor.id };
  return ok({ changes: { sanctions: [...application.sanctions, sanction] }, reason: reason.value });
};

/** A force majeure or outage begins on the event's local date (CAL-03); its id must be new for the application. */
export const declarePause: EffectHandler<'declare-pause'> = ({ application, event, today }) => {
  const id = checkText(event.pauseId, 'pauseId', 64);
  if (!id.ok) return id;
  const kind = checkChoice(event.kind, ['force-majeure', 'outage'] as const, 'kind', { id: 'Jenis jeda', en: 'pause kind' });
  if (!kind.ok) return kind;
  const reason = checkText(event.reason, 'reason', 2000);
  if (!reason.ok) return reason;
  if (application.pauses.some((p) => p.id === id.value)) {
    return fail('application.pause-exists', { id: `Jeda ${id.value} sudah dicatat.`, en: `The pause ${id.value} is already recorded.` }, 'pauseId');
  }
  const pause = { id: id.value, kind: kind.value, from: today, reason: reason.value, declaredBy: event.actor.id };
  return ok({ changes: { pauses: [...application.pauses, pause] }, record: { pauseId: id.value, kind: kind.value, from: today }, reason: reason.value });
};

/** The pause ends; the event's local date is its last day. */
export const endPause: EffectHandler<'end-pause'> = ({ application, event, today }) => {
  const pause = application.pauses.find((p) => p.id === event.pauseId);
  if (pause === undefined || pause.to !== undefined) {
    return fail('application.pause-not-open', {
      id: `Tidak ada jeda terbuka bernama ${String(event.pauseId).slice(0, 64)}.`,
      en: `There is no open pause named ${String(event.pauseId).slice(0, 64)}.`,
    }, 'pauseId');
  }
  const pauses = application.pauses.map((p) => (p === pause ? { ...p, to: today } : p));
  return ok({ changes: { pauses }, record: { pauseId: pause.id, from: pause.from, to: today } });
};

/** The office was warned that the service deadline is near or missed; recorded so the warning is not repeated. */
export const recordDeadlineNotice: EffectHandler<'record-deadline-notice'> = ({ application, event }) => {
  const notice = checkChoice(event.notice, ['approaching', 'missed'] as const, 'notice', { id: 'Jenis pemberitahuan', en: 'notice kind' });
  if (!notice.ok) return notice;
  return ok({ changes: { deadlineNotices: [...application.deadlineNotices, notice.value] }, record: { notice: notice.value } });
};
