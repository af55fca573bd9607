import type { Citation } from '../citation.js';
import type { LocalizedText } from '../result.js';

/** The ids of the eleven permit types of M13 Pasal 1, in the order of the regulation (CAT-01). */
export const M13_PERMIT_TYPE_IDS = [
  'imb', 'ijin-gangguan', 'ijin-trayek', 'iui', 'siup', 'tdi', 'tdg', 'hiburan', 'reklame', 'jasa-konstruksi', 'ijin-lokasi',
] as const;

/** One of the eleven permit types of M13. A municipality's catalog may add types with other ids. */
export type M13PermitTypeId = (typeof M13_PERMIT_TYPE_IDS)[number];

/** Who applies: a natural person (*perorangan*) or a business entity (*badan usaha / badan hukum*). */
export type ApplicantKind = 'person' | 'business';

/** Which applicants a requirement concerns. */
export type AppliesTo = ApplicantKind | 'both';

/**
 * How a requirement is met: `upload` — the applicant uploads a file; `in-person` — brought to the counter (duty
 * stamps, originals); `office` — produced by the office or its team (a site inspection record), not by the applicant.
 */
export type Submission = 'upload' | 'in-person' | 'office';

/** A numeric comparison on a detail of the application (`areaM2 > 20`). */
export interface NumberCondition {
  readonly detail: string;
  readonly op: 'gt' | 'gte' | 'lt' | 'lte';
  readonly value: number;
}

/** A yes/no detail of the application (`streetBanner = true`). */
export interface BooleanCondition {
  readonly detail: string;
  readonly op: 'eq';
  readonly value: boolean;
}

/**
 * When a requirement or a completion-time case applies, as data. Conditions name details the permit type declares
 * (see {@link DetailDeclaration}) or the built-in `representative` (the applicant acts through an appointed
 * representative). A detail that is not known makes the condition undecided, never silently false.
 */
export type Condition =
  | NumberCondition
  | BooleanCondition
  | { readonly anyOf: readonly Condition[] }
  | { readonly allOf: readonly Condition[] };

/** A fact about an application that a condition may ask (the area of an advertisement, a leased shop). */
export interface DetailDeclaration {
  /** Key used in conditions and in the `details` of a request (`areaM2`). */
  readonly key: string;
  readonly type: 'boolean' | 'number';
  readonly label: LocalizedText;
  /** Unit of a number (`m2`). */
  readonly unit?: string;
  /** The value when a request leaves the detail out; without one an absent detail stays unknown. */
  readonly default?: boolean | number;
  readonly source: Citation;
}

/** One document (or act) the file of a permit type needs (CAT-02), as Lampiran I lists it. */
export interface Requirement {
  /** Unique within its permit type (`ktp`, `site-inspection-record`). */
  readonly key: string;
  readonly label: LocalizedText;
  readonly appliesTo: AppliesTo;
  readonly submission: Submission;
  /** Accepted MIME types of the file; required for `upload`. */
  readonly accept?: readonly string[];
  /** Largest accepted file in bytes; required for `upload`. */
  readonly maxBytes?: number;
  /** `false` for documents the regulation lists as needed only where relevant. */
  readonly required: boolean;
  /** When the requirement applies; absent: always (for the applicants of `appliesTo`). */
  readonly condition?: Condition;
  /** The regulation's own wording of the condition. */
  readonly conditionText?: LocalizedText;
  readonly source: Citation;
}

/** One step of the procedure (Lampiran I column 5). */
export interface ProcedureStep {
  readonly label: LocalizedText;
}

/** One case of a completion time that depends on the application (Reklame by area). */
export interface CompletionCase {
  readonly when: Condition;
  readonly workingDays: number;
  readonly label: LocalizedText;
}

/**
 * The completion time of a permit type (CAT-03), in working days counted from the day the file is complete.
 * `fixed`: one number; `by-case`: the first case whose condition holds; `setting-required`: the regulation gives
 * no time (the OCR lost the row) and the municipality must set one before deadlines can be computed.
 */
export type CompletionTime =
  | {
      readonly kind: 'fixed';
      readonly workingDays: number;
      /** The regulation's wording. */
      readonly text: string;
      /** How the wording was turned into working days, where that took an interpretation. */
      readonly interpretation?: LocalizedText;
      readonly source: Citation;
    }
  | {
      readonly kind: 'by-case';
      readonly cases: readonly CompletionCase[];
      readonly text: string;
      readonly interpretation?: LocalizedText;
      readonly source: Citation;
    }
  | {
      readonly kind: 'setting-required';
      /** Why the value is missing. */
      readonly reason: LocalizedText;
      readonly source: Citation;
    };

/** Whether a permit type bears a fee, tax or retribution, and which rule computes it (FEE-xx, in `fees/`). */
export interface FeeInfo {
  readonly bearing: boolean;
  /** The DOMAIN.md rule id of the fee (`FEE-03`). */
  readonly rule?: string;
  readonly note?: LocalizedText;
  readonly source: Citation;
}

/** How long an issued permit is valid, where the regulation says. */
export interface Validity {
  readonly years: number;
  readonly condition?: LocalizedText;
  readonly source: Citation;
}

/**
 * The legal basis of a permit type: the instruments Lampiran I column 3 lists, each as a citation whose
 * `regulation` names the instrument as the Lampiran gives it and whose `article` is empty (the whole instrument).
 */
export interface LegalBasis {
  readonly instruments: readonly Citation[];
  readonly source: Citation;
}

/** The procedure of a permit type (Lampiran I column 5). */
export interface Procedure {
  readonly steps: readonly ProcedureStep[];
  readonly source: Citation;
}

/** One permit type of the catalog (CAT-01, CAT-02). */
export interface PermitType {
  readonly id: string;
  readonly name: LocalizedText;
  readonly legalBasis: LegalBasis;
  /** Facts about an application that its conditions ask. */
  readonly details: readonly DetailDeclaration[];
  readonly requirements: readonly Requirement[];
  readonly procedure: Procedure;
  readonly completionTime: CompletionTime;
  readonly fee: FeeInfo;
  /** Absent where the regulation states no validity period. */
  readonly validity?: Validity;
  readonly source: Citation;
}

/** A permit catalog: plain JSON, validated by {@link validateCatalog} against {@link CATALOG_SCHEMA}. */
export interface Catalog {
  readonly version: 1;
  readonly permitTypes: readonly PermitType[];
}

/** The values of the details of one application, keyed by {@link DetailDeclaration.key}. */
export type ApplicationDetails = Readonly<Record<string, boolean | number>>;
