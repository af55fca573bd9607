import { fail, ok } from '../result.js';
import type { EffectHandler } from './effect.js';
import { checkChoice, checkText } from './input-checks.js';

/** A survey reminder was sent (APP-08); timing is checked by the due-action guard. */
export const sendSurveyReminder: EffectHandler<'send-survey-reminder'> = ({ application, event }) => {
  const remindersSent = [...application.survey.remindersSent, event.at];
  return ok({ changes: { survey: { ...application.survey, remindersSent } }, record: { reminder: remindersSent.length } });
};

/** Suspended until the survey is filled in (APP-08). */
export const suspendForSurvey: EffectHandler<'suspend-for-survey'> = ({ application, event }) =>
  ok({ changes: { survey: { ...application.survey, suspendedAt: event.at } } });

/** The applicant filled in the IKM survey (APP-08); a suspension ends. */
export const submitSurvey: EffectHandler<'submit-survey'> = ({ application, event }) => {
  const responseId = checkText(event.responseId, 'responseId', 128);
  if (!responseId.ok) return responseId;
  return ok({
    changes: { survey: { ...application.survey, completedAt: event.at, responseId: responseId.value } },
    record: { responseId: responseId.value },
  });
};

/** Handover at the office, by post or by courier; a courier brings the SKRD along (APP-09, M18 Pasal 18 ayat (2)). */
export const handOver: EffectHandler<'hand-over'> = ({ application, event }) => {
  const method = checkChoice(event.method, ['office', 'post', 'courier'] as const, 'method', { id: 'Cara penyerahan', en: 'handover method' });
  if (!method.ok) return method;
  if (event.skrdIncluded !== undefined && typeof event.skrdIncluded !== 'boolean') {
    return fail('application.handover-invalid', { id: 'skrdIncluded harus true atau false.', en: 'skrdIncluded must be true or false.' }, 'skrdIncluded');
  }
  const skrdIncluded = event.skrdIncluded === true;
  if (method.value === 'courier' && application.skrd !== undefined && !skrdIncluded) {
    return fail('application.courier-without-skrd', {
      id: 'Penyerahan lewat kurir dilakukan bersama SKRD (M18 Pasal 18 ayat (2)).',
      en: 'A courier handover goes with the SKRD (M18 Pasal 18(2)).',
    }, 'skrdIncluded');
  }
  return ok({
    changes: { handover: { method: method.value, skrdIncluded, at: event.at, by: event.actor.id } },
    record: { method: method.value, skrdIncluded },
  });
};
