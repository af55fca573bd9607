import type { Citation } from '../citation.js';
import { fail, ok, type Result } from '../result.js';
import { STAFF_ROLES, type Actor } from './roles.js';
import { APPLICATION_SOURCES as S } from './sources.js';

/** Who may see a kind of information: anyone, the owning applicant and staff, or PTSP staff only. */
export type Audience = 'public' | 'owner-and-staff' | 'staff';

/** One row of the access matrix (ACC-03). */
export interface AccessRule {
  readonly information: string;
  readonly audience: Audience;
  readonly source: Citation;
}

/**
 * What each role may see (ACC-03, M18 Pasal 10 ayat (2)–(3), Pasal 23; T11 Pasal 19): public information needs no
 * access right; applicants see their own application (tracking) and PTSP staff everything, including every
 * electronic document, the audit trail and investors' activity status.
 */
export const ACCESS_MATRIX: readonly AccessRule[] = [
  { information: 'investment-guide', audience: 'public', source: S.publicInformation },
  { information: 'public-investment-data', audience: 'public', source: S.publicInformation },
  { information: 'investment-potential', audience: 'public', source: S.publicInformation },
  { information: 'service-standards', audience: 'public', source: S.publicInformation },
  { information: 'complaint-procedure', audience: 'public', source: S.publicInformation },
  { information: 'investment-regulations', audience: 'public', source: S.publicInformation },
  { information: 'own-application', audience: 'owner-and-staff', source: S.tracking },
  { information: 'electronic-documents', audience: 'staff', source: S.staffInformation },
  { information: 'audit-trail', audience: 'staff', source: S.staffInformation },
  { information: 'investor-activity-status', audience: 'staff', source: S.staffInformation },
];

/**
 * Whether `viewer` (undefined: an anonymous visitor) may see `information`; for `own-application`, `ownerId` names
 * the applicant who owns it. Unknown information is refused, never shown by default.
 * @example canSee(undefined, 'service-standards') // ok(true); canSee({ id: 'u-1', role: 'applicant' }, 'audit-trail') // ok(false)
 */
export function canSee(viewer: Actor | undefined, information: string, ownerId?: string, matrix: readonly AccessRule[] = ACCESS_MATRIX): Result<boolean> {
  const rule = matrix.find((r) => r.information === information);
  if (rule === undefined) {
    return fail('access.information-unknown', { id: `Jenis informasi "${String(information).slice(0, 64)}" tidak dikenal.`, en: `Unknown kind of information "${String(information).slice(0, 64)}".` }, 'information');
  }
  const staff = viewer !== undefined && STAFF_ROLES.includes(viewer.role);
  switch (rule.audience) {
    case 'public':
      return ok(true);
    case 'staff':
      return ok(staff);
    case 'owner-and-staff':
      return ok(staff || (viewer !== undefined && viewer.role === 'applicant' && ownerId !== undefined && viewer.id === ownerId));
  }
}
