import { randomUUID } from 'node:crypto';
import {
  applyPauseToAll, OPEN_STATES, type Application, type ApplicationEvent, type LocalizedText, type SpError,
} from '@satupintu/core';
import { HttpProblem, problem } from '../http/problem.js';
import { StoreError, type ServiceStatusNotice } from '../store/types.js';
import { applyApplicationEvent, type ApplicationServiceDeps } from './applications.js';

/** A declaration by the head of office (APP-11): an outage or force majeure begins, or normal service resumes. */
export interface ServiceStatusDeclaration {
  readonly status: ServiceStatusNotice['status'];
  /** Why (required when a pause begins); recorded on every paused application. */
  readonly reason?: string;
  readonly message?: LocalizedText;
  readonly declaredBy: string;
}

/** What a declaration did: the new notice, the applications that took the event, and those left out with why. */
export interface ServiceStatusChange {
  readonly notice: ServiceStatusNotice;
  readonly applied: number;
  readonly skipped: readonly { readonly id: string; readonly code: string }[];
}

const PAGE = 500;

/** Every stored application in `states` (all when undefined), page by page. */
async function applications(deps: ApplicationServiceDeps, states?: typeof OPEN_STATES): Promise<Application[]> {
  const all: Application[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await deps.store.applications.list({ ...(states === undefined ? {} : { states }), limit: PAGE, offset });
    all.push(...page.map((s) => s.application));
    if (page.length < PAGE) return all;
  }
}

/**
 * Declares an outage / force majeure or its end (APP-11, CAL-03). Core's `applyPauseToAll` picks the applications
 * concerned (declaration: every open file; end: every file carrying the open pause); each then takes the event
 * through the applications service, one transaction per application with its audit entry and notices. The pause
 * id is the declaring notice's id, so the end closes exactly that pause. Declaring while a pause is open, or ending
 * when none is, is a 409.
 */
export async function declareServiceStatus(deps: ApplicationServiceDeps, declaration: ServiceStatusDeclaration): Promise<ServiceStatusChange> {
  const current = await deps.store.serviceStatus.current();
  const paused = current !== undefined && current.status !== 'normal';
  const at = deps.now();
  let event: ApplicationEvent;
  if (declaration.status === 'normal') {
    if (!paused) throw problem(409, 'service-status.not-paused', 'Tidak ada gangguan yang sedang dinyatakan.', 'No outage or force majeure is declared.', 'status');
    event = { type: 'end-pause', actor: { id: declaration.declaredBy, role: 'head-of-office' }, at, pauseId: current.id };
  } else {
    if (paused) throw problem(409, 'service-status.already-paused', 'Gangguan sudah dinyatakan; akhiri dulu.', 'An outage or force majeure is declared already; end it first.', 'status');
    if (declaration.reason === undefined || declaration.reason.trim() === '') {
      throw problem(400, 'service-status.reason-required', 'Sebutkan alasannya.', 'Give the reason.', 'reason');
    }
    event = { type: 'declare-pause', actor: { id: declaration.declaredBy, role: 'head-of-office' }, at, pauseId: randomUUID(), kind: declaration.status, reason: declaration.reason };
  }
  const notice = await deps.store.serviceStatus.add({
    id: event.type === 'declare-pause' ? event.pauseId : randomUUID(), status: declaration.status, since: at,
    ...(declaration.message === undefined ? {} : { message: declaration.message }), declaredBy: declaration.declaredBy, createdAt: at,
  });
  const audit = await deps.store.audit.append({
    at, actor: { id: declaration.declaredBy, role: 'head-of-office' }, action: 'service.status-declared', subject: { type: 'service-status', id: notice.id },
    before: { status: current?.status ?? 'normal' }, after: { status: notice.status },
    ...(declaration.reason === undefined ? {} : { reason: declaration.reason }),
  });
  if (!audit.ok) throw new HttpProblem(500, audit.error);
  const candidates = await applications(deps, event.type === 'declare-pause' ? OPEN_STATES : undefined);
  const chosen = applyPauseToAll(candidates, event as Parameters<typeof applyPauseToAll>[1], deps.lifecycle);
  const skipped: { id: string; code: string }[] = chosen.skipped.map((s: { id: string; error: SpError }) => ({ id: s.id, code: s.error.code }));
  let applied = 0;
  for (const step of chosen.applied) {
    try {
      await applyApplicationEvent(deps, { applicationId: step.application.id, event });
      applied += 1;
    } catch (error) {
      const code = error instanceof HttpProblem ? error.error.code : error instanceof StoreError ? error.code : 'internal';
      skipped.push({ id: step.application.id, code });
    }
  }
  return { notice, applied, skipped };
}

/**
 * The declared outage or force majeure (APP-11) that was in force at `instant`: the latest declaration made at or
 * before it, when that one is not the return to normal service. Undefined when service was normal then.
 */
export async function declaredPauseAt(deps: Pick<ApplicationServiceDeps, 'store'>, instant: string): Promise<ServiceStatusNotice | undefined> {
  const at = Date.parse(instant);
  for (let offset = 0; ; offset += PAGE) {
    const page = await deps.store.serviceStatus.list({ limit: PAGE, offset }); // newest first
    const inForce = page.find((notice) => Date.parse(notice.since) <= at);
    if (inForce !== undefined) return inForce.status === 'normal' ? undefined : inForce;
    if (page.length < PAGE) return undefined;
  }
}
