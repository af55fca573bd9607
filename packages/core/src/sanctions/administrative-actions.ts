import { cite, type Citation } from '../citation.js';
import { fail, ok, type Result } from '../result.js';
import { RISK_LEVEL_IDS, type RiskLevel } from '../supervision/levels.js';
import { checkChoice } from '../choice-input.js';

/** Pembatalan (cancellation) or pencabutan (revocation) (ADM-01). */
export type AdministrativeActionKind = 'cancellation' | 'revocation';
/** Why the office acts (B98 Pasal 38 ayat (1)): the business's request or a final court decision. */
export type AdministrativeGround = 'business-request' | 'court-decision';
/** What the action is about: the NIB, a standard certificate or a licence (izin). */
export type LicensingInstrument = 'nib' | 'standard-certificate' | 'licence';

/** Every administrative ground, for menus and validation (risk levels: {@link RISK_LEVEL_IDS}). */
export const ADMINISTRATIVE_GROUNDS: readonly AdministrativeGround[] = ['business-request', 'court-decision'];
/** Every licensing instrument. */
export const LICENSING_INSTRUMENTS: readonly LicensingInstrument[] = ['nib', 'standard-certificate', 'licence'];

/** A row of the ADM-01 decision table: for this ground, instrument and verification status, this kind of action. */
export interface AdministrativeKindRule {
  readonly ground: AdministrativeGround;
  readonly instrument: LicensingInstrument;
  /** Whether the instrument has already been verified; `'any'` when it does not matter. */
  readonly verified: boolean | 'any';
  readonly kind: AdministrativeActionKind;
  readonly source: Citation;
}

/**
 * Cancellation or revocation (ADM-01). On the business's request, a standard certificate or licence issued but not
 * yet verified is cancelled (the business no longer wants to operate, Pasal 39 ayat (1) huruf a, 40 ayat (1)); an
 * instrument already verified, and the NIB, are revoked (39 ayat (1) huruf b, 44 ayat (1) huruf c). A final court
 * decision leads to revocation (Pasal 45 ayat (1)).
 */
export const ADMINISTRATIVE_KIND_RULES: readonly AdministrativeKindRule[] = [
  { ground: 'business-request', instrument: 'standard-certificate', verified: false, kind: 'cancellation', source: cite('B98', 'Pasal 39 ayat (1) huruf a, Pasal 40 ayat (1)') },
  { ground: 'business-request', instrument: 'licence', verified: false, kind: 'cancellation', source: cite('B98', 'Pasal 39 ayat (1) huruf a, Pasal 40 ayat (1)') },
  { ground: 'business-request', instrument: 'standard-certificate', verified: true, kind: 'revocation', source: cite('B98', 'Pasal 39 ayat (1) huruf b') },
  { ground: 'business-request', instrument: 'licence', verified: true, kind: 'revocation', source: cite('B98', 'Pasal 39 ayat (1) huruf b') },
  { ground: 'business-request', instrument: 'nib', verified: 'any', kind: 'revocation', source: cite('B98', 'Pasal 39 ayat (1) huruf b, Pasal 44 ayat (1) huruf c') },
  { ground: 'court-decision', instrument: 'standard-certificate', verified: 'any', kind: 'revocation', source: cite('B98', 'Pasal 38 ayat (1) huruf b, Pasal 45 ayat (1)') },
  { ground: 'court-decision', instrument: 'licence', verified: 'any', kind: 'revocation', source: cite('B98', 'Pasal 38 ayat (1) huruf b, Pasal 45 ayat (1)') },
  { ground: 'court-decision', instrument: 'nib', verified: 'any', kind: 'revocation', source: cite('B98', 'Pasal 44 ayat (1) huruf e, Pasal 45 ayat (1)') },
];

/** Input of {@link administrativeActionKind}. */
export interface AdministrativeKindInput {
  readonly ground: AdministrativeGround;
  readonly instrument: LicensingInstrument;
  readonly verified: boolean;
}

/**
 * Whether a request is a cancellation or a revocation (ADM-01), with the article.
 *
 * @example
 * ```ts
 * administrativeActionKind({ ground: 'business-request', instrument: 'licence', verified: false });
 * // → ok({ kind: 'cancellation', source: { regulation: 'B98', article: 'Pasal 39 ayat (1) huruf a, Pasal 40 ayat (1)' }, … })
 * ```
 */
export function administrativeActionKind(input: AdministrativeKindInput, table: readonly AdministrativeKindRule[] = ADMINISTRATIVE_KIND_RULES): Result<AdministrativeKindRule> {
  if (typeof input !== 'object' || input === null) {
    return fail('adm.input-invalid', { id: 'Data tindakan administratif tidak ada.', en: 'The administrative action data is missing.' }, 'input');
  }
  const ground = checkChoice(input.ground, ADMINISTRATIVE_GROUNDS, 'ground', 'adm.ground-invalid', { id: 'Dasar tindakan', en: 'ground' });
  if (!ground.ok) return ground;
  const instrument = checkChoice(input.instrument, LICENSING_INSTRUMENTS, 'instrument', 'adm.instrument-invalid', { id: 'Jenis perizinan', en: 'instrument' });
  if (!instrument.ok) return instrument;
  if (typeof input.verified !== 'boolean') {
    return fail('adm.verified-invalid', { id: 'Status verifikasi harus true atau false.', en: 'The verification status must be true or false.' }, 'verified');
  }
  const rule = table.find((r) => r.ground === ground.value && r.instrument === instrument.value && (r.verified === 'any' || r.verified === input.verified));
  if (!rule) {
    return fail('adm.kind-not-regulated', {
      id: 'Tabel tindakan administratif tidak mengatur kombinasi ini.',
      en: 'The administrative action table does not cover this combination.',
    }, 'input');
  }
  return ok(rule);
}

/** What happens to an instrument as a consequence of an administrative action (ADM-02). */
export interface AdministrativeEffect {
  readonly instrument: LicensingInstrument | 'access-right';
  /**
   * `cancelled`, `revoked`, `updated` (pemutakhiran NIB), or one of the deferred effects that apply only when the
   * business makes no new licence application within `withinMonths` (Pasal 43 ayat (7)–(9)).
   */
  readonly action: 'cancelled' | 'revoked' | 'updated' | 'revoked-unless-new-licence' | 'cancelled-unless-new-application';
  readonly withinMonths?: number;
}

/** A row of the ADM-02 effects table. */
export interface AdministrativeEffectRule {
  readonly kind: AdministrativeActionKind;
  readonly risk: RiskLevel;
  /** Whether the business has only this one activity or several. */
  readonly activities: 'single' | 'several';
  readonly effects: readonly AdministrativeEffect[];
  readonly source: Citation;
}

const NIB_UPDATED: AdministrativeEffect = { instrument: 'nib', action: 'updated' };
const NIB_REVOKED: AdministrativeEffect = { instrument: 'nib', action: 'revoked' };
const NIB_REVOKED_UNLESS_NEW: AdministrativeEffect = { instrument: 'nib', action: 'revoked-unless-new-licence', withinMonths: 6 };
const ACCESS_CANCELLED_UNLESS_NEW: AdministrativeEffect = { instrument: 'access-right', action: 'cancelled-unless-new-application', withinMonths: 6 };
const effect = (instrument: LicensingInstrument, action: AdministrativeEffect['action']): AdministrativeEffect => ({ instrument, action });

/**
 * The effects of cancelling or revoking one activity (ADM-02). Cancellation (Pasal 40 ayat (4)–(5)): medium-high →
 * standard certificate cancelled, high → licence cancelled; with the NIB revoked when it was the business's only
 * activity, updated otherwise. Revocation of one of several activities (Pasal 43 ayat (3)): low → NIB updated;
 * medium → certificate revoked + NIB updated; high → licence revoked + NIB updated ("medium" covers medium-low and
 * medium-high, both of which hold a standard certificate).
 *
 * Interpretation for revoking the only activity (Pasal 41 ayat (1), 43 ayat (7)–(9)): the certificate or licence is
 * revoked and the NIB follows if no new licence comes within 6 months; a low-risk activity has only its NIB, which is
 * revoked at once, and the access right lapses if no new application comes within 6 months. B98 says nothing about
 * cancelling a low or medium-low activity, so those rows are absent and such a request is an error.
 */
export const ADMINISTRATIVE_EFFECT_RULES: readonly AdministrativeEffectRule[] = [
  { kind: 'cancellation', risk: 'medium-high', activities: 'single', effects: [effect('standard-certificate', 'cancelled'), NIB_REVOKED], source: cite('B98', 'Pasal 40 ayat (4) huruf a') },
  { kind: 'cancellation', risk: 'medium-high', activities: 'several', effects: [effect('standard-certificate', 'cancelled'), NIB_UPDATED], source: cite('B98', 'Pasal 40 ayat (4) huruf b') },
  { kind: 'cancellation', risk: 'high', activities: 'single', effects: [effect('licence', 'cancelled'), NIB_REVOKED], source: cite('B98', 'Pasal 40 ayat (5) huruf a') },
  { kind: 'cancellation', risk: 'high', activities: 'several', effects: [effect('licence', 'cancelled'), NIB_UPDATED], source: cite('B98', 'Pasal 40 ayat (5) huruf b') },
  { kind: 'revocation', risk: 'low', activities: 'several', effects: [NIB_UPDATED], source: cite('B98', 'Pasal 43 ayat (3) huruf a') },
  { kind: 'revocation', risk: 'medium-low', activities: 'several', effects: [effect('standard-certificate', 'revoked'), NIB_UPDATED], source: cite('B98', 'Pasal 43 ayat (3) huruf b') },
  { kind: 'revocation', risk: 'medium-high', activities: 'several', effects: [effect('standard-certificate', 'revoked'), NIB_UPDATED], source: cite('B98', 'Pasal 43 ayat (3) huruf b') },
  { kind: 'revocation', risk: 'high', activities: 'several', effects: [effect('licence', 'revoked'), NIB_UPDATED], source: cite('B98', 'Pasal 43 ayat (3) huruf c') },
  { kind: 'revocation', risk: 'low', activities: 'single', effects: [NIB_REVOKED, ACCESS_CANCELLED_UNLESS_NEW], source: cite('B98', 'Pasal 41 ayat (1), Pasal 43 ayat (7)') },
  { kind: 'revocation', risk: 'medium-low', activities: 'single', effects: [effect('standard-certificate', 'revoked'), NIB_REVOKED_UNLESS_NEW], source: cite('B98', 'Pasal 41 ayat (1), Pasal 43 ayat (8)') },
  { kind: 'revocation', risk: 'medium-high', activities: 'single', effects: [effect('standard-certificate', 'revoked'), NIB_REVOKED_UNLESS_NEW], source: cite('B98', 'Pasal 41 ayat (1), Pasal 43 ayat (8)') },
  { kind: 'revocation', risk: 'high', activities: 'single', effects: [effect('licence', 'revoked'), NIB_REVOKED_UNLESS_NEW], source: cite('B98', 'Pasal 41 ayat (1), Pasal 43 ayat (8)') },
];

/** Input of {@link administrativeActionEffects}. */
export interface AdministrativeEffectsInput {
  readonly kind: AdministrativeActionKind;
  /** The risk level of the activity cancelled or revoked. */
  readonly risk: RiskLevel;
  /** How many business activities the business holds, this one included (a whole number ≥ 1). */
  readonly activityCount: number;
}

/**
 * What cancelling or revoking one activity does to the certificate or licence, the NIB and the access right (ADM-02).
 *
 * @example
 * ```ts
 * administrativeActionEffects({ kind: 'cancellation', risk: 'high', activityCount: 1 });
 * // → ok({ effects: [{ instrument: 'licence', action: 'cancelled' }, { instrument: 'nib', action: 'revoked' }], source: B98 Pasal 40 ayat (5) huruf a, … })
 * ```
 */
export function administrativeActionEffects(input: AdministrativeEffectsInput, table: readonly AdministrativeEffectRule[] = ADMINISTRATIVE_EFFECT_RULES): Result<AdministrativeEffectRule> {
  if (typeof input !== 'object' || input === null) {
    return fail('adm.input-invalid', { id: 'Data tindakan administratif tidak ada.', en: 'The administrative action data is missing.' }, 'input');
  }
  const kind = checkChoice(input.kind, ['cancellation', 'revocation'] as const, 'kind', 'adm.kind-invalid', { id: 'Jenis tindakan', en: 'action kind' });
  if (!kind.ok) return kind;
  const risk = checkChoice(input.risk, RISK_LEVEL_IDS, 'risk', 'adm.risk-invalid', { id: 'Tingkat risiko', en: 'risk level' });
  if (!risk.ok) return risk;
  if (!Number.isSafeInteger(input.activityCount) || input.activityCount < 1) {
    return fail('adm.activity-count-invalid', {
      id: 'Jumlah kegiatan usaha harus bilangan bulat paling sedikit 1.',
      en: 'The number of business activities must be a whole number of at least 1.',
    }, 'activityCount');
  }
  const activities = input.activityCount === 1 ? 'single' : 'several';
  const rule = table.find((r) => r.kind === kind.value && r.risk === risk.value && r.activities === activities);
  if (!rule) {
    const covered = [...new Set(table.filter((r) => r.kind === kind.value).map((r) => r.risk))].join(', ');
    return fail('adm.effects-not-regulated', {
      id: `B98 tidak mengatur akibat ${kind.value === 'cancellation' ? 'pembatalan' : 'pencabutan'} kegiatan berisiko ${risk.value}; yang diatur: ${covered}.`,
      en: `B98 does not regulate the effects of ${kind.value} for a ${risk.value} risk activity; regulated: ${covered}.`,
    }, 'risk');
  }
  return ok(rule);
}
