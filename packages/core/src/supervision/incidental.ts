import { cite, type Citation } from '../citation.js';
import { ok, type LocalizedText, type Result } from '../result.js';
import type { IsoDate } from '../calendar/index.js';
import { checkChoice } from '../choice-input.js';
import { readDate } from './validate.js';

/** Why an incidental inspection is made (SUP-08, B98 Pasal 30(1)). */
export type IncidentalTrigger = 'public-complaint' | 'business-request' | 'violation-indication' | 'urgent-danger';

/** One trigger of incidental supervision with its description and citation. */
export interface IncidentalTriggerRow {
  readonly trigger: IncidentalTrigger;
  readonly name: LocalizedText;
  readonly source: Citation;
}

/** The four triggers of Pasal 30(1). */
export const INCIDENTAL_TRIGGERS: readonly IncidentalTriggerRow[] = [
  { trigger: 'public-complaint', name: { id: 'Pengaduan masyarakat', en: 'Public complaint' }, source: cite('B98', 'Pasal 30 ayat (1) huruf a') },
  { trigger: 'business-request', name: { id: 'Pengaduan dan/atau kebutuhan Pelaku Usaha', en: "The business's complaint or request" }, source: cite('B98', 'Pasal 30 ayat (1) huruf b') },
  { trigger: 'violation-indication', name: { id: 'Indikasi kegiatan tidak sesuai peraturan', en: 'Indication of a violation' }, source: cite('B98', 'Pasal 30 ayat (1) huruf c') },
  { trigger: 'urgent-danger', name: { id: 'Kebutuhan sangat mendesak: pencemaran lingkungan atau bahaya keselamatan/perekonomian', en: 'Urgent need: pollution or danger to public safety or the economy' }, source: cite('B98', 'Pasal 30 ayat (1) huruf d') },
];

/** What applies to an incidental inspection. */
export interface IncidentalInspection {
  readonly trigger: IncidentalTriggerRow;
  readonly inspectionDate: IsoDate;
  /** At any time and possibly without prior notice to the business (Pasal 30(2)). */
  readonly noticeRequired: false;
  /** Not bound to the annual plan (Pasal 15(5) concerns routine supervision). */
  readonly inAnnualPlan: false;
  /** The assignment letter and the BAP are entered in OSS after the inspection (Pasal 30(6)): from this day. */
  readonly lettersAndBapEnteredFrom: IsoDate;
  /** A virtual inspection is allowed when a physical visit is not possible (Pasal 30(4)). */
  readonly virtualAllowed: true;
  readonly sources: readonly Citation[];
}

/**
 * The rules of an incidental inspection (SUP-08): one of the four triggers of Pasal 30(1); it may be made at any
 * time without notice (30(2)), virtually when a visit is impossible (30(4)), and its assignment letter and BAP are
 * entered afterwards (30(6)) — unlike a routine inspection, whose letters are due beforehand (SUP-06).
 *
 * @example
 * ```ts
 * incidentalInspection({ trigger: 'urgent-danger', inspectionDate: '2026-05-04' });
 * // ok: noticeRequired false, lettersAndBapEnteredFrom '2026-05-04'
 * ```
 */
export function incidentalInspection(input: { readonly trigger: IncidentalTrigger; readonly inspectionDate: IsoDate }): Result<IncidentalInspection> {
  const trigger = checkChoice(input?.trigger, INCIDENTAL_TRIGGERS.map((t) => t.trigger), 'trigger', 'supervision.trigger-invalid', { id: 'Alasan pengawasan insidental', en: 'incidental supervision trigger' });
  if (!trigger.ok) return trigger;
  const date = readDate(input.inspectionDate, 'inspectionDate');
  if (!date.ok) return date;
  const row = INCIDENTAL_TRIGGERS.find((t) => t.trigger === trigger.value) as IncidentalTriggerRow;
  return ok({
    trigger: row,
    inspectionDate: date.value,
    noticeRequired: false,
    inAnnualPlan: false,
    lettersAndBapEnteredFrom: date.value,
    virtualAllowed: true,
    sources: [row.source, cite('B98', 'Pasal 30 ayat (2)'), cite('B98', 'Pasal 30 ayat (4)'), cite('B98', 'Pasal 30 ayat (6)')],
  });
}
