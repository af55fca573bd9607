import { cite, type Citation } from '../citation.js';
import { ok, type Result } from '../result.js';
import { indonesiaCalendar, type IsoDate, type WorkCalendar } from '../calendar/index.js';
import { SUPERVISION_DEADLINES, type SupervisionDeadlines } from './deadlines.js';
import { attempt } from '../attempt.js';
import { checkChoice } from '../choice-input.js';
import { readArray, readBoolean, readDate, readObject, readText, refuse } from './validate.js';

/** How the inspector visited: in person or virtually; both count the same (SUP-07, Pasal 20(8), 29(7)). */
export type VisitMode = 'physical' | 'virtual';

/** One compliance indicator of the BAP (Pasal 20(3)): technical or administrative, met or not, with notes. */
export interface BapIndicator {
  readonly id: string;
  readonly aspect: 'technical' | 'administrative';
  readonly compliant: boolean;
  readonly note?: string;
}

/** A signature on the BAP: who signed and on which day. */
export interface BapSignature {
  readonly name: string;
  readonly signedOn: IsoDate;
}

/** The business signed the BAP, or refused and the refusal was recorded (Pasal 20(9)). */
export type BusinessSignOff =
  | { readonly kind: 'signed'; readonly signature: BapSignature }
  | { readonly kind: 'refused'; readonly statement: string; readonly recordedOn: IsoDate };

/** An inspection record, *Berita Acara Pemeriksaan* (SUP-07, Pasal 20). */
export interface Bap {
  readonly businessId: string;
  readonly location: string;
  readonly supervision: 'routine' | 'incidental';
  readonly inspectionDate: IsoDate;
  readonly visit: VisitMode;
  /** Filled electronically in OSS, or on paper during a network problem (Pasal 20(2), 20(5)). */
  readonly recording: 'electronic' | 'manual';
  /** The day a manual BAP was uploaded to OSS, once it has been. */
  readonly uploadedOn?: IsoDate;
  readonly indicators: readonly BapIndicator[];
  readonly inspector: BapSignature;
  readonly business: BusinessSignOff;
}

/** A valid BAP and what follows from it. */
export interface BapAssessment {
  readonly bap: Bap;
  /** Physical and virtual visits count the same: 1 inspection either way (Pasal 20(8)). */
  readonly countsAsInspections: 1;
  /** Every indicator met. */
  readonly compliant: boolean;
  readonly nonCompliantIndicators: readonly string[];
  /** The business refused to sign; the BAP stays valid with the inspector's signature (Pasal 20(9)–(10)). */
  readonly refusalRecorded: boolean;
  /** For a manual BAP: the last working day to upload it (Pasal 20(6)). */
  readonly uploadDeadline?: IsoDate;
  /** For a manual BAP already uploaded: whether that was after the deadline. */
  readonly uploadedLate?: boolean;
  readonly sources: readonly Citation[];
}

const BAP_RULES = [cite('B98', 'Pasal 20 ayat (1), (3)'), cite('B98', 'Pasal 20 ayat (8)')];
const REFUSAL_RULE = cite('B98', 'Pasal 20 ayat (9)–(10)');

function readSignature(value: unknown, path: string, inspectionDate: IsoDate): Result<BapSignature> {
  const object = readObject(value, path);
  if (!object.ok) return object;
  const name = readText(object.value.name, `${path}.name`);
  if (!name.ok) return refuse('bap.signature-missing', `${path}.name`, 'Tanda tangan tanpa nama penanda tangan.', 'The signature has no signer name.');
  const signedOn = readDate(object.value.signedOn, `${path}.signedOn`);
  if (!signedOn.ok) return signedOn;
  if (signedOn.value < inspectionDate) {
    return refuse('bap.signed-before-inspection', `${path}.signedOn`, 'BAP ditandatangani sebelum tanggal inspeksi.', 'The BAP is signed before the inspection date.');
  }
  return ok({ name: name.value, signedOn: signedOn.value });
}

function readIndicators(value: unknown): Result<BapIndicator[]> {
  const list = readArray(value, 'indicators', 1);
  if (!list.ok) return refuse('bap.indicators-missing', 'indicators', 'BAP harus memuat indikator penilaian kepatuhan (Pasal 20 ayat (3)).', 'A BAP must contain compliance indicators (Pasal 20(3)).');
  const seen = new Set<string>();
  const indicators: BapIndicator[] = [];
  for (const [i, item] of list.value.entries()) {
    const path = `indicators.${i}`;
    const object = readObject(item, path);
    if (!object.ok) return object;
    const id = readText(object.value.id, `${path}.id`, 100);
    if (!id.ok) return id;
    if (seen.has(id.value)) return refuse('bap.indicator-duplicate', `${path}.id`, `Indikator ${id.value} tercantum dua kali.`, `Indicator ${id.value} is listed twice.`);
    seen.add(id.value);
    const aspect = checkChoice(object.value.aspect, ['technical', 'administrative'] as const, `${path}.aspect`, 'bap.aspect-invalid', { id: 'Aspek kepatuhan', en: 'compliance aspect' });
    if (!aspect.ok) return aspect;
    const compliant = readBoolean(object.value.compliant, `${path}.compliant`);
    if (!compliant.ok) return compliant;
    if (object.value.note !== undefined) {
      const note = readText(object.value.note, `${path}.note`, 2000, true);
      if (!note.ok) return note;
    }
    indicators.push(item as BapIndicator);
  }
  return ok(indicators);
}

/**
 * Checks an inspection record (SUP-07): indicators present, the inspector's signature, and the business's signature
 * or a recorded refusal (the BAP then stays valid, Pasal 20(9)–(10)). Physical and virtual visits count the same
 * (Pasal 20(8)). For a manual BAP it gives the upload deadline, 3 working days after the inspection (Pasal 20(6)),
 * and whether an upload already made was late (a late upload is reported, the BAP itself stays valid).
 *
 * @example
 * ```ts
 * validateBap({ businessId: 'NIB-1', location: 'Jl. Merdeka 1', supervision: 'routine', inspectionDate: '2026-03-02',
 *   visit: 'virtual', recording: 'manual', indicators: [{ id: 'K3', aspect: 'technical', compliant: true }],
 *   inspector: { name: 'Sari', signedOn: '2026-03-02' },
 *   business: { kind: 'refused', statement: 'Menolak menandatangani', recordedOn: '2026-03-02' } });
 * // ok: refusalRecorded true, uploadDeadline '2026-03-05'
 * ```
 */
export function validateBap(bap: Bap, calendar: WorkCalendar = indonesiaCalendar, deadlines: SupervisionDeadlines = SUPERVISION_DEADLINES): Result<BapAssessment> {
  const object = readObject(bap, '');
  if (!object.ok) return object;
  const b = object.value;
  const checks: Result<unknown>[] = [
    readText(b.businessId, 'businessId', 100),
    readText(b.location, 'location'),
    checkChoice(b.supervision, ['routine', 'incidental'] as const, 'supervision', 'bap.supervision-invalid', { id: 'Jenis pengawasan', en: 'kind of supervision' }),
    checkChoice(b.visit, ['physical', 'virtual'] as const, 'visit', 'bap.visit-invalid', { id: 'Cara kunjungan', en: 'visit mode' }),
    checkChoice(b.recording, ['electronic', 'manual'] as const, 'recording', 'bap.recording-invalid', { id: 'Cara pengisian', en: 'recording' }),
  ];
  for (const check of checks) if (!check.ok) return check;
  const inspectionDate = readDate(b.inspectionDate, 'inspectionDate');
  if (!inspectionDate.ok) return inspectionDate;
  const indicators = readIndicators(b.indicators);
  if (!indicators.ok) return indicators;

  if (b.inspector === undefined) {
    return refuse('bap.inspector-signature-missing', 'inspector', 'BAP wajib ditandatangani pelaksana inspeksi lapangan (Pasal 20 ayat (1)).', 'The inspector must sign the BAP (Pasal 20(1)).');
  }
  const inspector = readSignature(b.inspector, 'inspector', inspectionDate.value);
  if (!inspector.ok) return inspector;

  const signOff = readObject(b.business, 'business');
  if (!signOff.ok) {
    return refuse('bap.business-signature-missing', 'business', 'BAP wajib ditandatangani Pelaku Usaha atau memuat keterangan penolakan (Pasal 20 ayat (1), (9)).',
      'The business must sign the BAP or its refusal must be recorded (Pasal 20(1), (9)).');
  }
  let refusalRecorded = false;
  if (signOff.value.kind === 'signed') {
    const signature = readSignature(signOff.value.signature, 'business.signature', inspectionDate.value);
    if (!signature.ok) return signature;
  } else if (signOff.value.kind === 'refused') {
    const statement = readText(signOff.value.statement, 'business.statement', 2000, true);
    if (!statement.ok) {
      return refuse('bap.refusal-statement-missing', 'business.statement', 'Penolakan menandatangani harus disertai keterangan penolakan (Pasal 20 ayat (9)).',
        'A refusal to sign must come with the recorded statement (Pasal 20(9)).');
    }
    const recordedOn = readDate(signOff.value.recordedOn, 'business.recordedOn');
    if (!recordedOn.ok) return recordedOn;
    refusalRecorded = true;
  } else {
    return refuse('bap.business-signature-missing', 'business.kind', 'Pilih "signed" atau "refused" untuk Pelaku Usaha.', 'Choose "signed" or "refused" for the business.');
  }

  const nonCompliant = indicators.value.filter((i) => !i.compliant).map((i) => i.id);
  const base = {
    bap,
    countsAsInspections: 1 as const,
    compliant: nonCompliant.length === 0,
    nonCompliantIndicators: nonCompliant,
    refusalRecorded,
    sources: refusalRecorded ? [...BAP_RULES, REFUSAL_RULE] : BAP_RULES,
  };
  if (b.recording === 'electronic') {
    if (b.uploadedOn !== undefined) return refuse('bap.upload-not-manual', 'uploadedOn', 'Hanya BAP manual yang diunggah.', 'Only a manual BAP is uploaded.');
    return ok(base);
  }
  const deadline = manualBapUploadDeadline(inspectionDate.value, calendar, deadlines);
  if (!deadline.ok) return deadline;
  if (b.uploadedOn === undefined) return ok({ ...base, uploadDeadline: deadline.value, sources: [...base.sources, deadlines.manualBapUpload.source] });
  const uploadedOn = readDate(b.uploadedOn, 'uploadedOn');
  if (!uploadedOn.ok) return uploadedOn;
  if (uploadedOn.value < inspectionDate.value) {
    return refuse('bap.uploaded-before-inspection', 'uploadedOn', 'BAP diunggah sebelum inspeksi.', 'The BAP is uploaded before the inspection.');
  }
  return ok({ ...base, uploadDeadline: deadline.value, uploadedLate: uploadedOn.value > deadline.value, sources: [...base.sources, deadlines.manualBapUpload.source] });
}

/**
 * The last working day to upload a BAP filled in on paper: 3 working days after the inspection (SUP-07, Pasal 20(6)).
 *
 * @example
 * ```ts
 * manualBapUploadDeadline('2026-03-13'); // '2026-03-25': the 16th, the 17th, then past the Nyepi and Idul Fitri days off
 * ```
 */
export function manualBapUploadDeadline(inspectionDate: IsoDate, calendar: WorkCalendar = indonesiaCalendar, deadlines: SupervisionDeadlines = SUPERVISION_DEADLINES): Result<IsoDate> {
  const date = readDate(inspectionDate, 'inspectionDate');
  if (!date.ok) return date;
  return attempt(() => ok(calendar.addWorkingDays(date.value, deadlines.manualBapUpload.workingDays)));
}
