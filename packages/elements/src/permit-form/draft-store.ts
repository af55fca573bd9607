import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ApplicantKind, ApplicationDocument } from '@satupintu/core';

/** The steps of the permit form, in order (GOV.UK pattern). */
export const PERMIT_FORM_STEPS = ['applicant', 'documents', 'declaration', 'check', 'submitted'] as const;

/** One step of {@link PERMIT_FORM_STEPS}. */
export type PermitFormStep = (typeof PERMIT_FORM_STEPS)[number];

/** A `POST /applications` sent and not yet answered: its `Idempotency-Key` and its JSON body, to repeat as they were. */
export interface PendingCreate {
  readonly key: string;
  readonly body: string;
}

/**
 * What the form keeps on the device while the applicant works: the typed fields and the references of uploaded
 * files (never their bytes), the server's draft id and version, the draft's creation request until it is answered,
 * and the submission's idempotency key once the applicant pressed "submit" (so a reload resumes the same creation or
 * submission instead of starting another).
 */
export interface PermitDraft {
  /** `permitType` or `permitType|draftKey`. */
  readonly id: string;
  readonly permitType: string;
  readonly step: PermitFormStep;
  readonly kind: ApplicantKind;
  /** Applicant fields as typed: `name`, `nik`, `phone`, `email`, `companyName`, `npwp`, `representative`. */
  readonly fields: Readonly<Record<string, string>>;
  /** Catalog details as typed (`'true'`/`'false'` for yes/no). */
  readonly details: Readonly<Record<string, string>>;
  /** Fee calculator inputs as typed. */
  readonly fee: Readonly<Record<string, string>>;
  readonly declaration: boolean;
  /** The uploaded files: the server's records (key, name, type, size, SHA-256). */
  readonly documents: readonly ApplicationDocument[];
  readonly applicationId?: string;
  readonly version?: string;
  readonly submitKey?: string;
  /** The draft's creation while its answer is awaited (a repeat after a lost answer reuses its key). */
  readonly pendingCreate?: PendingCreate;
  /** ISO instant of the last save. */
  readonly savedAt: string;
}

interface DraftDb extends DBSchema {
  drafts: { key: string; value: PermitDraft };
}

const DB_NAME = 'satupintu-drafts';
let db: Promise<IDBPDatabase<DraftDb>> | undefined;

function database(): Promise<IDBPDatabase<DraftDb>> {
  db ??= openDB<DraftDb>(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore('drafts', { keyPath: 'id' });
    },
  });
  return db;
}

/** The id of a draft: the permit type, and the page's `draft-key` when it has several forms of one type. */
export function draftId(permitType: string, draftKey: string): string {
  return draftKey ? `${permitType}|${draftKey}` : permitType;
}

/** The stored draft, or `undefined` (also when IndexedDB is unavailable, e.g. a private window that refuses it). */
export async function loadDraft(id: string): Promise<PermitDraft | undefined> {
  try {
    return await (await database()).get('drafts', id);
  } catch {
    return undefined;
  }
}

/** Stores the draft; resolves `false` when the device refused (quota, private mode). */
export async function saveDraft(draft: PermitDraft): Promise<boolean> {
  try {
    await (await database()).put('drafts', draft);
    return true;
  } catch {
    return false;
  }
}

/** Removes the draft (after the receipt). */
export async function deleteDraft(id: string): Promise<void> {
  try {
    await (await database()).delete('drafts', id);
  } catch {
    // nothing stored, nothing to remove
  }
}
