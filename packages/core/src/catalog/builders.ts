import { cite, type Citation } from '../citation.js';
import type { LocalizedText } from '../result.js';
import type { AppliesTo, CompletionTime, Condition, DetailDeclaration, ProcedureStep, Requirement, Submission } from './types.js';

const MIB = 1024 * 1024;

/**
 * File rules of the default catalog. The regulation names no file formats or sizes: these are the SDK's defaults,
 * a setting a municipality replaces in its catalog. `photo` is for passport photos, `drawing` for plans.
 */
export const DEFAULT_FILE_RULES = {
  document: { accept: ['application/pdf', 'image/jpeg', 'image/png'], maxBytes: 5 * MIB },
  drawing: { accept: ['application/pdf', 'image/jpeg', 'image/png'], maxBytes: 20 * MIB },
  photo: { accept: ['image/jpeg', 'image/png'], maxBytes: 2 * MIB },
} as const satisfies Record<string, { accept: readonly string[]; maxBytes: number }>;

/** Where in M13 each element of permit type `n` (its number in Pasal 1) is found. */
export const m13 = {
  type: (n: number): Citation => cite('M13', `Pasal 1 angka ${n}; Lampiran I angka ${n}`),
  legalBasis: (n: number): Citation => cite('M13', `Lampiran I angka ${n} kolom 3`),
  requirement: (n: number, item: string): Citation => cite('M13', `Lampiran I angka ${n} kolom 4 butir ${item}`),
  procedure: (n: number): Citation => cite('M13', `Lampiran I angka ${n} kolom 5`),
  lampiranII: (n: number, column?: number): Citation => cite('M13', `Lampiran II angka ${n}${column === undefined ? '' : ` kolom ${column}`}`),
};

/** A legal-basis instrument: the whole instrument, named as the Lampiran names it. */
export const instrument = (regulation: string): Citation => ({ regulation, article: '' });

/** Options of {@link requirement}; by default a required upload of a document, for every applicant. */
export interface RequirementOptions {
  readonly appliesTo?: AppliesTo;
  readonly submission?: Submission;
  readonly files?: keyof typeof DEFAULT_FILE_RULES;
  readonly required?: boolean;
  readonly condition?: Condition;
  readonly conditionText?: LocalizedText;
}

/** One requirement row of the default catalog. */
export function requirement(key: string, label: LocalizedText, source: Citation, options: RequirementOptions = {}): Requirement {
  const submission = options.submission ?? 'upload';
  const files = submission === 'in-person' || (submission === 'office' && options.files === undefined)
    ? {}
    : { accept: [...DEFAULT_FILE_RULES[options.files ?? 'document'].accept], maxBytes: DEFAULT_FILE_RULES[options.files ?? 'document'].maxBytes };
  return {
    key,
    label,
    appliesTo: options.appliesTo ?? 'both',
    submission,
    ...files,
    required: options.required ?? true,
    ...(options.condition === undefined ? {} : { condition: options.condition }),
    ...(options.conditionText === undefined ? {} : { conditionText: options.conditionText }),
    source,
  };
}

/** A yes/no detail of an application. */
export function yesNoDetail(key: string, label: LocalizedText, source: Citation, defaultValue?: boolean): DetailDeclaration {
  return { key, type: 'boolean', label, ...(defaultValue === undefined ? {} : { default: defaultValue }), source };
}

/** `detail = true`. */
export const isTrue = (detail: string): Condition => ({ detail, op: 'eq', value: true });

/** A fixed completion time in working days with the regulation's wording. */
export function fixedTime(workingDays: number, text: string, source: Citation, interpretation?: LocalizedText): CompletionTime {
  return { kind: 'fixed', workingDays, text, ...(interpretation === undefined ? {} : { interpretation }), source };
}

/** "Hari" in Lampiran II read as working days (DOMAIN.md CAT-03 Interpretation). */
export const DAYS_ARE_WORKING_DAYS: LocalizedText = {
  id: 'Tafsiran (CAT-03): "hari" adalah hari kerja, karena ini waktu layanan kantor.',
  en: 'Interpretation (CAT-03): "days" are working days, as this is an office service time.',
};

/**
 * The completion time of a type whose Lampiran II row the copy lost: a required municipality setting, never a guess.
 */
export function completionTimeMissing(n: number): CompletionTime {
  return {
    kind: 'setting-required',
    reason: {
      id: 'Baris Lampiran II jenis ini hilang dari salinan peraturan (OCR); waktu penyelesaian wajib ditetapkan kota.',
      en: 'The Lampiran II row of this type is missing from the copy of the regulation (OCR loss); the municipality must set the completion time.',
    },
    source: cite('M13', `Lampiran II angka ${n} (baris tidak terbaca)`),
  };
}

/** Procedure steps that several permit types share, worded as Lampiran I column 5 words them. */
export const STEP = {
  submit: { label: { id: 'Pengajuan berkas permohonan di loket pelayanan.', en: 'Submission of the application file at the service counter.' } },
  checkFile: { label: { id: 'Pemeriksaan berkas.', en: 'Examination of the file.' } },
  siteCheck: { label: { id: 'Pemeriksaan lokasi/lapangan.', en: 'Site (field) inspection.' } },
  siteCheckByTeam: { label: { id: 'Pemeriksaan lokasi/lapangan oleh tim.', en: 'Site (field) inspection by the team.' } },
  setFee: { label: { id: 'Penetapan biaya/retribusi.', en: 'Assessment of the fee (retribution).' } },
  process: { label: { id: 'Proses ijin.', en: 'Processing of the permit.' } },
  pay: { label: { id: 'Pembayaran di kasir.', en: 'Payment at the cashier.' } },
  handOver: { label: { id: 'Penyerahan ijin.', en: 'Handover of the permit.' } },
  fillForm: { label: { id: 'Mengisi formulir beserta kelengkapannya.', en: 'Filling in the form with its attachments.' } },
} as const satisfies Record<string, ProcedureStep>;

/** The usual counter procedure: file, examination, site inspection by the team, fee, processing, handover. */
export const COUNTER_PROCEDURE: readonly ProcedureStep[] = [STEP.submit, STEP.checkFile, STEP.siteCheckByTeam, STEP.setFee, STEP.process, STEP.handOver];

/** The two-step procedure of the trade and industry licences: "complete requirements 1–n, fill in the form". */
export function selfServiceProcedure(lastItem?: number): readonly ProcedureStep[] {
  const complete = lastItem === undefined
    ? { id: 'Pemohon melengkapi persyaratan yang ada.', en: 'The applicant completes the requirements.' }
    : { id: `Pemohon melengkapi persyaratan nomor 1 – ${lastItem}.`, en: `The applicant completes requirements 1 to ${lastItem}.` };
  return [{ label: complete }, STEP.fillForm];
}
