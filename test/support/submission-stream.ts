// The load of the server drills: applicants' streams of draft → upload → submit over real HTTP, and the count of
// what came back (acknowledged submissions, clean problem answers, anything else) and of what is there afterwards.
import { randomUUID } from 'node:crypto';
import { openNote, parseCheckpoint, parseVerifierKey, unwrap, verifyExportedLog, type Checkpoint } from '@satupintu/core';
import { PDF, TDG_DRAFT } from '../../packages/server/src/http/application-test-support.js';
import { openStore, type StoreOptions } from '../../packages/server/src/store/index.js';

/** A submission the server answered 201. */
export interface Acknowledged {
  readonly id: string;
  readonly key: string;
  readonly receiptNumber: string;
}

/** What the stream saw. */
export interface StreamTally {
  readonly acknowledged: Acknowledged[];
  /** Failed answers that were RFC 9457 problems, by `status code` (e.g. `503 store.unavailable`). */
  readonly problems: Map<string, number>;
  /** Failed answers that were not problems, and requests that got no answer within the time limit. */
  readonly unclean: string[];
  /** Requests that got no answer (connection refused or reset). */
  networkErrors: number;
}

/** A stream: its tally so far and how to stop it (resolves when every worker stopped). */
export interface SubmissionStream {
  readonly tally: StreamTally;
  stop(): Promise<void>;
}

export interface StreamOptions {
  readonly workers?: number;
  /** Stop a worker at its first request without an answer (the server is gone) instead of carrying on. */
  readonly stopWhenUnreachable?: boolean;
  /** A request without an answer in this time counts as unclean (a hang). */
  readonly requestTimeoutMs?: number;
}

class Unreachable extends Error {}

/**
 * Starts `workers` applicants' streams against `url` with the session `headers`. A failed submit is retried with
 * its Idempotency-Key, as the elements' outbox does, until the server answers it for good.
 */
export function startSubmissionStream(url: string, headers: Readonly<Record<string, string>>, options: StreamOptions = {}): SubmissionStream {
  const tally: StreamTally = { acknowledged: [], problems: new Map(), unclean: [], networkErrors: 0 };
  const timeout = options.requestTimeoutMs ?? 20_000;
  let stopping = false;

  /** One request; resolves with the answer when 2xx, `undefined` after a counted failure; throws when unreachable. */
  async function call(method: string, path: string, body: BodyInit, extra: Record<string, string>): Promise<Response | undefined> {
    let response: Response;
    try {
      response = await fetch(`${url}${path}`, { method, headers: { ...headers, ...extra }, body, signal: AbortSignal.timeout(timeout) });
    } catch (error) {
      if ((error as Error).name === 'TimeoutError') {
        tally.unclean.push(`${method} ${path}: no answer in ${timeout} ms`);
        return undefined;
      }
      tally.networkErrors += 1;
      throw new Unreachable(String(error));
    }
    if (response.ok) return response;
    const type = response.headers.get('content-type') ?? '';
    const text = await response.text();
    if (type.startsWith('application/problem+json')) {
      const code = (JSON.parse(text) as { code?: string }).code ?? '?';
      const label = `${response.status} ${code}`;
      tally.problems.set(label, (tally.problems.get(label) ?? 0) + 1);
    } else {
      tally.unclean.push(`${method} ${path}: ${response.status} ${type} ${text.slice(0, 200)}`);
    }
    return undefined;
  }

  const json = { 'content-type': 'application/json' };
  async function cycle(): Promise<void> {
    const draft = await call('POST', '/applications', JSON.stringify(TDG_DRAFT), json);
    if (!draft) return;
    const { id } = (await draft.json()) as { id: string };
    if (!(await call('PUT', `/applications/${id}/documents/director-id`, PDF, { 'content-type': 'application/pdf' }))) return;
    const key = randomUUID();
    for (let attempt = 0; attempt < 50 && !stopping; attempt++) {
      const submitted = await call('POST', `/applications/${id}/submit`, JSON.stringify({ declaration: true }), { ...json, 'idempotency-key': key });
      if (submitted) {
        tally.acknowledged.push({ id, key, receiptNumber: ((await submitted.json()) as { receiptNumber: string }).receiptNumber });
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function worker(): Promise<void> {
    while (!stopping) {
      try {
        await cycle();
      } catch (error) {
        if (!(error instanceof Unreachable)) throw error;
        if (options.stopWhenUnreachable) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  const workers = Array.from({ length: options.workers ?? 4 }, () => worker());
  return {
    tally,
    stop: async () => {
      stopping = true;
      await Promise.all(workers);
    },
  };
}

/** Resolves once `condition()` holds, checking every 20 ms; rejects after `timeoutMs` with `what`. */
export async function until(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** What is there afterwards: acknowledged submissions found intact, and those whose retry replayed the same receipt. */
export interface PresenceCount {
  readonly present: number;
  readonly replayed: number;
  readonly missing: string[];
  /** Submitted applications of the applicant that no 201 acknowledged (the answer was lost with the process). */
  readonly unacknowledgedSubmitted: number;
}

/** Checks every acknowledged submission over HTTP: stored as submitted with its receipt, and a retry replays it. */
export async function countPresent(url: string, headers: Readonly<Record<string, string>>, acknowledged: readonly Acknowledged[]): Promise<PresenceCount> {
  let present = 0;
  let replayed = 0;
  const missing: string[] = [];
  for (const { id, key, receiptNumber } of acknowledged) {
    const stored = await fetch(`${url}/applications/${id}`, { headers });
    const body = stored.ok ? ((await stored.json()) as { state: string; receiptNumber?: string }) : undefined;
    if (body?.state === 'awaiting-verification' && body.receiptNumber === receiptNumber) present += 1;
    else missing.push(`${id} ${receiptNumber}: ${stored.status} ${JSON.stringify(body)}`);
    const replay = await fetch(`${url}/applications/${id}/submit`, {
      method: 'POST', headers: { ...headers, 'content-type': 'application/json', 'idempotency-key': key }, body: JSON.stringify({ declaration: true }),
    });
    if (replay.status === 201 && ((await replay.json()) as { receiptNumber: string }).receiptNumber === receiptNumber) replayed += 1;
  }
  const list = await fetch(`${url}/applications?state=awaiting-verification&limit=1000`, { headers });
  const items = ((await list.json()) as { items: { id: string }[] }).items;
  const known = new Set(acknowledged.map((a) => a.id));
  return { present, replayed, missing, unacknowledgedSubmitted: items.filter((item) => !known.has(item.id)).length };
}

/** The server's signed audit checkpoint (`GET /audit/checkpoint`), its signature checked with `GET /audit/key`. */
export async function auditCheckpoint(url: string): Promise<Checkpoint> {
  const verifier = unwrap(await parseVerifierKey((await (await fetch(`${url}/audit/key`)).text()).trim()));
  const note = unwrap(await openNote(await (await fetch(`${url}/audit/checkpoint`)).text(), [verifier]));
  return unwrap(parseCheckpoint(note.text));
}

/** Verifies the store's audit log up to `checkpoint` with core's `verifyExportedLog` (AUD-02); returns the entry count. */
export async function verifyAudit(options: StoreOptions, checkpoint: Checkpoint): Promise<{ ok: boolean; size: number; detail: string }> {
  const store = await openStore(options);
  try {
    const verdict = await verifyExportedLog(await store.audit.exportLines(0, checkpoint.size), checkpoint);
    return { ok: verdict.ok, size: checkpoint.size, detail: JSON.stringify(verdict) };
  } finally {
    await store.close();
  }
}

/** Formats a problem tally as `503 store.unavailable ×4, …` (or `none`). */
export function formatProblems(problems: ReadonlyMap<string, number>): string {
  return problems.size === 0 ? 'none' : [...problems].map(([label, count]) => `${label} ×${count}`).join(', ');
}
