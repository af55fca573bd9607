import { STAFF_ROLES, canSee, type Actor, type Application, type Role } from '@satupintu/core';
import type { StoredApplication } from '../store/types.js';
import type { Authenticated } from './access.js';
import type { AppContext } from './context.js';
import { coreValue, problem } from './problem.js';

/** An application as the API answers it: core's object with the store's `version`. */
export type ApplicationResource = Application & { readonly version: number };

/** The answer body of a stored application. */
export function applicationResource(stored: StoredApplication): ApplicationResource {
  return { ...stored.application, version: stored.version };
}

/** Whether the caller holds a PTSP staff role (ACC-03). */
export function isStaff(caller: Authenticated): boolean {
  return caller.roles.some((role) => STAFF_ROLES.includes(role));
}

/** The caller as core's actor in `role`, or its first staff role, else as applicant. */
export function actorOf(caller: Authenticated, role?: Role): Actor {
  const chosen = role ?? caller.roles.find((r) => STAFF_ROLES.includes(r)) ?? 'applicant';
  return { id: caller.account.id, role: chosen };
}

/** The same 404 for an unknown id and for another applicant's application, so ids cannot be probed. */
function notFound(): never {
  throw problem(404, 'application.not-found', 'Permohonan tidak ditemukan.', 'No such application.', 'id');
}

/**
 * The stored application `id` if the caller may see it (core `canSee(…, 'own-application', owner)`: its owner or
 * PTSP staff); anything else answers 404, never 403.
 */
export async function visibleApplication(context: AppContext, caller: Authenticated, id: string): Promise<StoredApplication> {
  const stored = await context.store.applications.get(id);
  if (stored === undefined) notFound();
  const visible = caller.roles.some((role) => coreValue(canSee({ id: caller.account.id, role }, 'own-application', stored.ownerId)));
  if (!visible) notFound();
  return stored;
}

/** The stored application `id` if the caller owns it (404 otherwise, as for an unknown id). */
export async function ownApplication(context: AppContext, caller: Authenticated, id: string): Promise<StoredApplication> {
  const stored = await context.store.applications.get(id);
  if (stored === undefined || stored.ownerId !== caller.account.id) notFound();
  return stored;
}

/** The version in an `If-Match` header (`3`, `"3"` or `W/"3"`, as checked by the route schema). */
export function ifMatchVersion(header: string | undefined): number {
  const version = Number((header ?? '').replace(/^W\//, '').replaceAll('"', ''));
  if (!Number.isSafeInteger(version) || version < 1) {
    throw problem(428, 'http.if-match-required', 'Kirim header If-Match dengan versi permohonan.', 'Send an If-Match header with the application version.', 'If-Match');
  }
  return version;
}
