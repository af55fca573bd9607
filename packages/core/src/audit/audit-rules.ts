import { cite, type Citation } from '../citation.js';

/** One audit-trail rule of DOMAIN.md with the articles it comes from. */
export interface AuditRule {
  readonly id: 'AUD-01' | 'AUD-02' | 'AUD-03' | 'APP-11';
  readonly rule: string;
  readonly source: readonly Citation[];
}

/** The audit-trail rules this module implements, each with its citation. */
export const AUDIT_RULES = {
  /** AUD-01: every activity of the service is recorded in an audit trail. */
  everyActivityRecorded: {
    id: 'AUD-01',
    rule: 'Every activity of the service is recorded in the audit trail.',
    source: [cite('M18', 'Pasal 22 ayat (1)–(2)'), cite('T11', 'Pasal 21 ayat (1)')],
  },
  /** AUD-02: the stored trail settles every difference and prevails over printouts, so it is tamper-evident. */
  storedDataPrevails: {
    id: 'AUD-02',
    rule: 'The stored trail is the basis for resolving differences and prevails over printed documents; altering, deleting, inserting or reordering an entry is detectable by anyone holding a published root.',
    source: [cite('M18', 'Pasal 22 ayat (4)–(5)'), cite('T11', 'Pasal 21 ayat (2)')],
  },
  /** AUD-03: electronic documents are never manipulated, changed or deleted; corrections are new entries. */
  correctionsAreNewEntries: {
    id: 'AUD-03',
    rule: 'Manipulating, creating, changing, deleting or destroying electronic documents is forbidden: corrections are new entries that reference the entry they correct, never edits.',
    source: [cite('T11', 'Pasal 20 huruf b')],
  },
  /** APP-11: records kept by hand during an outage are entered afterwards, unchanged, and marked as backfilled. */
  manualRecordsBackfilled: {
    id: 'APP-11',
    rule: 'Records made manually during an outage or force majeure are entered afterwards unchanged.',
    source: [cite('M18', 'Pasal 26 ayat (4)'), cite('T11', 'Pasal 23 ayat (3)–(4)')],
  },
} as const satisfies Record<string, AuditRule>;

/** The default upper bound on one entry's canonical JSON, in bytes (a municipality setting). */
export const DEFAULT_MAX_ENTRY_BYTES = 64 * 1024;
