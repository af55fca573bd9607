import { accountRepository } from './accounts.js';
import { applicationRepository } from './applications.js';
import { auditRepository, type AuditAccess } from './audit.js';
import type { AuditCache } from './audit-cache.js';
import type { ReadBatcher } from './batched-reads.js';
import { counterRepository } from './counters.js';
import { documentRepository } from './documents.js';
import { idempotencyRepository } from './idempotency.js';
import { jobRepository } from './jobs.js';
import { RECORD_TABLES } from './migrations.js';
import { outboxRepository } from './outbox.js';
import { paymentRepository } from './payments.js';
import { recordRepository } from './records.js';
import { serviceStatusRepository } from './service-status.js';
import { sessionRepository } from './sessions.js';
import { surveyRepository } from './surveys.js';
import type { Repositories } from './types.js';

/** One database access: the client, or one transaction. */
export interface DatabaseAccess extends AuditAccess {
  /** How lookups run: on the client, together with concurrent ones (see {@link ReadBatcher}). */
  readonly reads: ReadBatcher;
}

/**
 * Every repository bound to one database access (the client, or one transaction, whose repositories hold back some
 * writes in `access.writes` until it ends); `applicationChanged` hears the receipt number of each application
 * updated there.
 */
export function bindRepositories(access: DatabaseAccess, cache: AuditCache, applicationChanged?: (receiptNumber: string) => void): Repositories {
  const { db, reads, writes } = access;
  return {
    accounts: accountRepository(db),
    sessions: sessionRepository(db, reads),
    applications: applicationRepository(db, reads, writes, applicationChanged),
    documents: documentRepository(db, reads),
    idempotency: idempotencyRepository(db, reads, writes),
    audit: auditRepository(access, cache),
    jobs: jobRepository(db),
    outbox: outboxRepository(db, writes),
    surveys: surveyRepository(db),
    payments: paymentRepository(db),
    serviceStatus: serviceStatusRepository(db),
    businesses: recordRepository(db, RECORD_TABLES.businesses, 'business'),
    inspections: recordRepository(db, RECORD_TABLES.inspections, 'inspection'),
    lkpmReports: recordRepository(db, RECORD_TABLES.lkpmReports, 'LKPM report'),
    sanctionCases: recordRepository(db, RECORD_TABLES.sanctionCases, 'sanction case'),
    complaints: recordRepository(db, RECORD_TABLES.complaints, 'complaint'),
    counters: counterRepository(db, writes),
  };
}
