// Helpers shared by the supervision, sanction, administrative-action and complaint routes: who acts, what day it
// is, the If-Match version, typed access to the store's versioned JSON documents, and the audit append.
import type { AuditEntryInput, IsoDate, JsonValue, Result, Role } from '@satupintu/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Authenticated } from '../access.js';
import type { AppContext } from '../context.js';
import { coreValue, problem } from '../problem.js';
import { StoreConflictError, type RecordRepository, type Repositories, type VersionedRecord } from '../../store/types.js';

/** Who supervises businesses and decides sanctions and administrative actions. */
export const SUPERVISION_STAFF: readonly Role[] = ['supervisor', 'head-of-office'];

/** Who handles complaints (CMP-02): the supervision staff and the front office that takes complaints in. */
export const COMPLAINT_STAFF: readonly Role[] = ['supervisor', 'head-of-office', 'admin-officer'];

/**
 * What a stored supervision document is. The store keeps several kinds in one collection (an annual plan next to
 * the inspections, liquidation revocations next to administrative actions); a read checks the kind, so an id of
 * one kind never answers as another.
 */
export type DocumentKind =
  | 'business' | 'inspection' | 'inspection-plan' | 'lkpm-report' | 'sanction-case'
  | 'administrative-action' | 'liquidation-revocation' | 'complaint';

/** A stored document's data: its kind plus the fields of that kind. */
export type Document<T> = T & { readonly kind: DocumentKind };

/** A stored document read back with its typed data. */
export interface TypedRecord<T> extends Omit<VersionedRecord, 'data'> {
  readonly data: Document<T>;
}

/** A core value as the store's JSON (core's results are plain JSON data: no dates, functions or classes). */
export function asJson(value: unknown): JsonValue {
  return value as JsonValue;
}

/** The audit actor of a staff caller: the account and the first of its roles the route allows. */
export function actorOf(caller: Authenticated, allowed: readonly Role[]): { readonly id: string; readonly role: Role } {
  const role = caller.roles.find((r) => allowed.includes(r)) ?? caller.roles[0] ?? 'applicant';
  return { id: caller.account.id, role };
}

/** Today in the municipality's time zone, from the server's clock (core never reads a clock). */
export function todayOf(context: AppContext): IsoDate {
  return context.config.municipality.context.calendar.dateOf(context.now());
}

/**
 * The version a state-changing request read, from `If-Match` (`3`, `"3"` or `W/"3"`): 428 when absent, 400 when it
 * is not a version number.
 */
export function ifMatchVersion(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (header === undefined || header === '') {
    throw problem(428, 'http.if-match-required', 'Sertakan header If-Match dengan versi yang Anda baca.',
      'Send the If-Match header with the version you read.', 'If-Match');
  }
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(String(header).trim());
  if (!match) {
    throw problem(400, 'http.if-match-invalid', 'Header If-Match harus berisi nomor versi.', 'The If-Match header must hold a version number.', 'If-Match');
  }
  return Number(match[1]);
}

/** Sends the version of a document as its `ETag`, for the next `If-Match`. */
export function withVersion(reply: FastifyReply, version: number): void {
  void reply.header('etag', `"${version}"`);
}

/** Throws 409 `store.version-conflict` when the caller's `If-Match` is not the stored version (nothing is asked of core). */
export function assertVersion(record: { readonly id: string; readonly version: number }, expected: number, entity: string): void {
  if (record.version !== expected) throw new StoreConflictError(entity, record.id, expected, record.version);
}

/** The stored document `id` of `kind` in a collection, or a 404 problem with `code`. */
export async function loadDocument<T>(
  repository: RecordRepository,
  id: string,
  kind: DocumentKind,
  code: string,
  what: { readonly id: string; readonly en: string },
): Promise<TypedRecord<T>> {
  const record = await repository.get(id);
  const data = record?.data as Document<T> | undefined;
  if (record === undefined || data === undefined || data === null || typeof data !== 'object' || data.kind !== kind) {
    throw problem(404, code, `${what.id} tidak ditemukan.`, `No such ${what.en}.`, 'id');
  }
  return { ...record, data };
}

/** Appends an audit entry in the transaction; a refusal by core's audit rules is a server fault (500). */
export async function audit(tx: Repositories, entry: AuditEntryInput): Promise<void> {
  coreValue(await tx.audit.append(entry), 500);
}

/** The next number of a yearly series inside the transaction: `SK-2026-0007`. */
export async function nextNumber(tx: Repositories, prefix: string, year: string): Promise<string> {
  const n = await tx.counters.next(`${prefix}:${year}`);
  return `${prefix}-${year}-${String(n).padStart(4, '0')}`;
}

/** Core codes that refuse a step because of where a case stands or when it is taken, not because of the input. */
const STATE_REFUSALS = ['.event-not-allowed', '.deadline-not-passed', '.verification-period-over', '.verification-period-running', '.date-before-last-step'];

/**
 * The value of a lifecycle step core took, or its refusal: 409 when the case's state or its deadlines do not allow
 * the step (`<prefix>.event-not-allowed`, `sanction.deadline-not-passed` …), 400 for bad input.
 */
export function stepValue<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  return coreValue(result, STATE_REFUSALS.some((suffix) => result.error.code.endsWith(suffix)) ? 409 : 400);
}

/** A record this module wrote (or listed by its kind) read back as its document type. */
export function typed<T>(record: VersionedRecord): TypedRecord<T> {
  return record as unknown as TypedRecord<T>;
}
