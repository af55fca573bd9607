import { fail, ok } from '../result.js';
import { findDelegation } from './delegations.js';
import type { EffectHandler } from './effect.js';
import { checkText } from './input-checks.js';
import { parseInstant } from './instant.js';

/** Printing on the permit type's paper (M18 Pasal 16). */
export const print: EffectHandler<'print'> = ({ event }) => ok({ changes: { printedAt: event.at } });

/**
 * Signing (APP-07): the official needs a signing mandate for the permit type on that day; an electronic signature
 * also needs the confirmation of a one-time PIN ({@link checkSigningPin}) issued to this official for this
 * application and confirmed no later than the event.
 */
export const sign: EffectHandler<'sign'> = ({ application, event, context, today }) => {
  const mandate = findDelegation(context.delegations, event.actor.id, application.permitType, today);
  if (!mandate.ok) return mandate;
  const base = { by: event.actor.id, at: event.at, mode: application.signatureMode, mandate: mandate.value.mandate };
  if (application.signatureMode === 'wet') {
    return ok({ changes: { signature: base }, record: { mode: 'wet', mandate: mandate.value.mandate } });
  }
  const confirmation = event.confirmation;
  const confirmedAt = parseInstant(confirmation?.confirmedAt, 'confirmation.confirmedAt');
  const at = parseInstant(event.at, 'at');
  if (confirmation === undefined || !confirmedAt.ok || !at.ok) {
    return fail('application.pin-required', {
      id: 'Tanda tangan elektronik wajib dikonfirmasi dengan PIN yang dikirim lewat SMS.',
      en: 'An electronic signature must be confirmed with the PIN sent by SMS.',
    }, 'confirmation');
  }
  if (confirmation.officialId !== event.actor.id || confirmation.applicationId !== application.id || confirmedAt.value > at.value) {
    return fail('application.pin-mismatch', {
      id: 'Konfirmasi PIN bukan milik pejabat ini, permohonan ini, atau waktunya sesudah penandatanganan.',
      en: 'The PIN confirmation is not for this official or this application, or it is later than the signing.',
    }, 'confirmation');
  }
  return ok({
    changes: { signature: { ...base, challengeId: confirmation.challengeId } },
    record: { mode: 'electronic', mandate: mandate.value.mandate, challengeId: confirmation.challengeId },
  });
};

/** Numbering of the permit (M18 Pasal 11 ayat (3) huruf i). */
export const assignNumber: EffectHandler<'assign-number'> = ({ event }) => {
  const number = checkText(event.permitNumber, 'permitNumber', 100);
  if (!number.ok) return number;
  return ok({ changes: { permitNumber: number.value }, record: { permitNumber: number.value } });
};
