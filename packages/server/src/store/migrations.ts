/** One schema change: applied once, in `version` order, recorded in `schema_migrations`. Never edit a shipped one. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  /** PostgreSQL statements, run in one transaction. */
  readonly statements: readonly string[];
}

const stamp = 'timestamptz NOT NULL';

/** A table of versioned JSON documents (the supervision collections). */
const recordTable = (table: string): string[] => [
  `CREATE TABLE ${table} (
    id text PRIMARY KEY,
    ref text,
    data jsonb NOT NULL,
    version integer NOT NULL,
    created_at ${stamp},
    updated_at ${stamp}
  )`,
  `CREATE INDEX ${table}_ref ON ${table} (ref, created_at)`,
];

/** The supervision collections and their tables. */
export const RECORD_TABLES = {
  businesses: 'businesses',
  inspections: 'inspections',
  lkpmReports: 'lkpm_reports',
  sanctionCases: 'sanction_cases',
  complaints: 'complaints',
} as const;

/** Every migration, ascending. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'accounts, applications, documents, idempotency, audit',
    statements: [
      `CREATE TABLE accounts (
        id text PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('person', 'business')),
        name text NOT NULL,
        email text NOT NULL,
        phone text NOT NULL,
        roles jsonb NOT NULL,
        password_hash text NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'active', 'refused', 'blocked')),
        identity jsonb NOT NULL,
        created_at ${stamp},
        updated_at ${stamp},
        version integer NOT NULL
      )`,
      'CREATE UNIQUE INDEX accounts_email_key ON accounts (lower(email))',
      `CREATE TABLE sessions (
        token_hash text PRIMARY KEY,
        account_id text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('session', 'token')),
        csrf_secret text NOT NULL,
        label text,
        created_at ${stamp},
        expires_at ${stamp},
        revoked_at timestamptz
      )`,
      'CREATE INDEX sessions_account ON sessions (account_id)',
      `CREATE TABLE applications (
        id text PRIMARY KEY,
        owner_id text NOT NULL,
        permit_type text NOT NULL,
        state text NOT NULL,
        receipt_number text,
        data jsonb NOT NULL,
        version integer NOT NULL,
        created_at ${stamp},
        updated_at ${stamp},
        CONSTRAINT applications_receipt_number_key UNIQUE (receipt_number)
      )`,
      'CREATE INDEX applications_owner ON applications (owner_id, updated_at)',
      'CREATE INDEX applications_state ON applications (state, updated_at)',
      `CREATE TABLE documents (
        application_id text NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
        key text NOT NULL,
        file_name text NOT NULL,
        media_type text NOT NULL,
        size integer NOT NULL,
        sha256 text NOT NULL,
        bytes bytea NOT NULL,
        uploaded_at ${stamp},
        PRIMARY KEY (application_id, key)
      )`,
      `CREATE TABLE idempotency_keys (
        account_id text NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        state text NOT NULL CHECK (state IN ('in-flight', 'done')),
        response_status integer,
        response_body jsonb,
        created_at ${stamp},
        completed_at timestamptz,
        PRIMARY KEY (account_id, key)
      )`,
      'CREATE TABLE audit_head (id integer PRIMARY KEY CHECK (id = 1), next_seq bigint NOT NULL)',
      'INSERT INTO audit_head (id, next_seq) VALUES (1, 0)',
      `CREATE TABLE audit_entries (
        seq bigint PRIMARY KEY CHECK (seq >= 0),
        line text NOT NULL,
        leaf_hash bytea NOT NULL,
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id text NOT NULL
      )`,
      'CREATE INDEX audit_entries_subject ON audit_entries (subject_type, subject_id, seq)',
    ],
  },
  {
    version: 2,
    name: 'jobs, outbox, surveys, payments, service status',
    statements: [
      `CREATE TABLE jobs (
        id text PRIMARY KEY,
        kind text NOT NULL,
        key text NOT NULL UNIQUE,
        payload jsonb NOT NULL,
        run_at ${stamp},
        status text NOT NULL CHECK (status IN ('pending', 'done', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        claimed_by text,
        lease_until timestamptz,
        last_error text,
        created_at ${stamp},
        done_at timestamptz
      )`,
      'CREATE INDEX jobs_due ON jobs (status, run_at)',
      `CREATE TABLE due_actions_done (action_key text PRIMARY KEY, done_at ${stamp})`,
      `CREATE TABLE outbox (
        id text PRIMARY KEY,
        channel text NOT NULL CHECK (channel IN ('sms', 'email')),
        recipient text NOT NULL,
        message jsonb NOT NULL,
        subject_id text,
        status text NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at ${stamp},
        claimed_by text,
        lease_until timestamptz,
        created_at ${stamp},
        sent_at timestamptz,
        last_error text
      )`,
      'CREATE INDEX outbox_due ON outbox (status, next_attempt_at)',
      `CREATE TABLE survey_responses (
        id text PRIMARY KEY,
        application_id text NOT NULL UNIQUE,
        answers jsonb NOT NULL,
        unit text NOT NULL,
        permit_type text NOT NULL,
        submitted_on text NOT NULL,
        submitted_at ${stamp}
      )`,
      'CREATE INDEX survey_responses_unit ON survey_responses (unit, submitted_on)',
      `CREATE TABLE payments (
        bank_reference text PRIMARY KEY,
        skrd_number text NOT NULL,
        application_id text NOT NULL,
        amount bigint NOT NULL CHECK (amount >= 0),
        paid_at ${stamp},
        received_at ${stamp}
      )`,
      'CREATE INDEX payments_application ON payments (application_id)',
      `CREATE TABLE service_status (
        n bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text NOT NULL UNIQUE,
        status text NOT NULL CHECK (status IN ('normal', 'outage', 'force-majeure')),
        since ${stamp},
        message jsonb,
        declared_by text NOT NULL,
        created_at ${stamp}
      )`,
    ],
  },
  {
    version: 3,
    name: 'supervision records',
    statements: Object.values(RECORD_TABLES).flatMap(recordTable),
  },
  {
    version: 4,
    name: 'counters',
    statements: ['CREATE TABLE counters (name text PRIMARY KEY, value bigint NOT NULL)'],
  },
  {
    // Rows due at the same instant (an event's SMS and e-mail) are claimed in the order they were queued, whatever
    // plan the database picks; ids are random, so they cannot tell that order.
    version: 5,
    name: 'queue order of jobs and outbox messages',
    statements: [
      'ALTER TABLE jobs ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY',
      'ALTER TABLE outbox ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY',
    ],
  },
];
