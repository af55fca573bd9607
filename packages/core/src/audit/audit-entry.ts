import { parseIsoDate } from '../calendar/iso-date.js';
import { fail, ok, type Failure, type Result } from '../result.js';
import { textFailure, textProblem, type TextRules } from '../text-input.js';
import { canonicalize, type JsonValue } from './canonical-json.js';

/** Who did it: an officer, an applicant or a system process, by id and role. */
export interface AuditActor {
  readonly id: string;
  readonly role: string;
}

/** What it was done to: an application, a permit, a payment… by type and id. */
export interface AuditSubject {
  readonly type: string;
  readonly id: string;
}

/** Marks an entry made from a manual record after an outage (APP-11): when it was entered, and the paper record. */
export interface AuditBackfill {
  readonly enteredAt: string;
  readonly manualRecord: string;
}

/**
 * One activity in the audit trail (AUD-01). `seq` is its 0-based position in the log (its Merkle leaf index); `at`
 * the instant it happened (an ISO timestamp with offset, given by the caller); `before`/`after` the subject's data
 * around the activity (`null` when there was none). A correction (AUD-03) is a new entry whose `corrects` names the
 * `seq` of the entry it corrects, with a `reason`; nothing is ever edited.
 */
export interface AuditEntry {
  readonly seq: number;
  readonly at: string;
  readonly actor: AuditActor;
  readonly action: string;
  readonly subject: AuditSubject;
  readonly before: JsonValue;
  readonly after: JsonValue;
  readonly reason?: string;
  readonly corrects?: number;
  readonly backfilled?: AuditBackfill;
}

/** An entry as the caller gives it: the log assigns `seq`. */
export type AuditEntryInput = Omit<AuditEntry, 'seq'>;

const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._:@/-]{0,127}$/;
const NAME = /^[a-z][a-z0-9-]{0,63}$/;
const ACTION = /^(?=.{1,128}$)[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/;
const INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;
const MAX_TEXT = 2000;
const KEYS = new Set(['seq', 'at', 'actor', 'action', 'subject', 'before', 'after', 'reason', 'corrects', 'backfilled']);

const refuse = (path: string, id: string, en: string): Failure => fail('audit.entry-invalid', { id, en }, path);

type Check = (value: unknown, path: string) => Failure | undefined;

const pattern = (regex: RegExp, id: string, en: string): Check => (value, path) =>
  typeof value === 'string' && regex.test(value) ? undefined : refuse(path, id, en);

const checkIdentifier = pattern(IDENTIFIER, 'Pengenal wajib: huruf, angka dan . _ : @ / - saja, paling panjang 128.',
  'An identifier is required: letters, digits and . _ : @ / - only, at most 128 long.');
const checkName = pattern(NAME, 'Nama wajib: huruf kecil, angka dan tanda hubung, diawali huruf.',
  'A name is required: lower-case letters, digits and hyphens, starting with a letter.');
const checkAction = pattern(ACTION, 'Aksi wajib: kata huruf kecil dipisah titik, misalnya application.submitted.',
  'An action is required: lower-case words separated by dots, e.g. application.submitted.');

const checkInstant: Check = (value, path) => {
  const match = typeof value === 'string' ? INSTANT.exec(value) : null;
  return match && parseIsoDate(match[1], path).ok ? undefined
    : refuse(path, 'Waktu wajib berupa stempel waktu ISO dengan zona, misalnya 2026-03-25T09:00:00+07:00.',
      'The time must be an ISO timestamp with its offset, for example 2026-03-25T09:00:00+07:00.');
};

const TEXT_RULES: TextRules = {
  maxLength: MAX_TEXT,
  codes: { required: 'audit.entry-invalid', tooLong: 'audit.entry-invalid', unsafe: 'audit.entry-invalid' },
  what: { id: 'Teks', en: 'Text' },
};

const checkText: Check = (value, path) => {
  const problem = textProblem(value, MAX_TEXT);
  return problem === undefined ? undefined : textFailure(problem, path, TEXT_RULES);
};

const checkSeq: Check = (value, path) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
  ? undefined : refuse(path, 'Nomor urut harus bilangan bulat ≥ 0.', 'The sequence number must be a whole number ≥ 0.');

function checkObject(value: unknown, path: string, fields: Record<string, Check>): Failure | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refuse(path, 'Wajib berupa objek.', 'An object is required.');
  }
  for (const key of Object.keys(value)) {
    if (!(key in fields)) return refuse(`${path}.${key}`, 'Kolom tidak dikenal.', 'Unknown field.');
  }
  for (const [key, check] of Object.entries(fields)) {
    const failure = check((value as Record<string, unknown>)[key], `${path}.${key}`);
    if (failure) return failure;
  }
  return undefined;
}

const checkJson: Check = (value, path) => {
  if (value === undefined) return refuse(path, 'Wajib diisi (gunakan null bila tidak ada data).', 'Required (use null when there is no data).');
  const canonical = canonicalize(value);
  return canonical.ok ? undefined : { ...canonical, error: { ...canonical.error, path: canonical.error.path ? `${path}.${canonical.error.path}` : path } };
};

const optional = (check: Check): Check => (value, path) => (value === undefined ? undefined : check(value, path));

/**
 * Checks an entry's shape and values: identifiers and names from a safe alphabet, an ISO instant with offset,
 * free text without markup, `before`/`after` that RFC 8785 can canonicalize, no unknown fields. With
 * `withSeq` the stored form (with `seq`) is expected, else the caller's input (without). Refusals are
 * `audit.entry-invalid` with the field path.
 * @example checkAuditEntry({ at: '2026-03-25T09:00:00+07:00', actor: { id: 'u-17', role: 'petugas-administrasi' }, … }, false)
 */
export function checkAuditEntry(value: unknown, withSeq: boolean): Result<AuditEntry | AuditEntryInput> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return refuse('entry', 'Entri wajib berupa objek.', 'An entry must be an object.');
  const record = value as Record<string, unknown>;
  const unknownKey = Object.keys(record).find((key) => !KEYS.has(key) || (key === 'seq' && !withSeq));
  if (unknownKey !== undefined) return refuse(unknownKey, 'Kolom tidak dikenal.', 'Unknown field.');
  const failure = (withSeq ? checkSeq(record.seq, 'seq') : undefined)
    ?? checkInstant(record.at, 'at')
    ?? checkObject(record.actor, 'actor', { id: checkIdentifier, role: checkName })
    ?? checkAction(record.action, 'action')
    ?? checkObject(record.subject, 'subject', { type: checkName, id: checkIdentifier })
    ?? checkJson(record.before, 'before')
    ?? checkJson(record.after, 'after')
    ?? optional(checkText)(record.reason, 'reason')
    ?? optional(checkSeq)(record.corrects, 'corrects')
    ?? optional((backfill, path) => checkObject(backfill, path, { enteredAt: checkInstant, manualRecord: checkText }))(record.backfilled, 'backfilled');
  if (failure) return failure;
  if (record.corrects !== undefined && record.reason === undefined) {
    return refuse('reason', 'Koreksi wajib menyebut alasannya (AUD-03).', 'A correction must state its reason (AUD-03).');
  }
  return ok(record as unknown as AuditEntry | AuditEntryInput);
}
