import { ROLES } from '@satupintu/core';
import { storedChecks, type StoredIdentityCheck } from '../../identity-checks/record.js';
import { CHECK_OUTCOMES, CHECKED_BY, IDENTITY_CHECKS } from '../../identity-checks/types.js';
import { present } from '../../store/rows.js';
import type { AccountRecord } from '../../store/types.js';
import { rolesOf } from '../access.js';
import type { SharedSchema } from './common.js';

const ACCOUNT_REQUIRED = ['id', 'kind', 'name', 'email', 'roles', 'status'];
const ACCOUNT_PROPERTIES = {
  id: { type: 'string' },
  kind: { type: 'string', enum: ['person', 'business'] },
  name: { type: 'string' },
  email: { type: 'string' },
  phone: { type: 'string' },
  roles: { type: 'array', items: { type: 'string', enum: [...ROLES] } },
  status: { type: 'string', enum: ['pending', 'active', 'refused', 'blocked'] },
  createdAt: { type: 'string', format: 'date-time' },
};

/** An account as the API shows it to its owner and to staff: never the password hash. */
export const ACCOUNT: SharedSchema = {
  $id: 'Account',
  type: 'object',
  required: ACCOUNT_REQUIRED,
  additionalProperties: false,
  properties: ACCOUNT_PROPERTIES,
};

/**
 * An account as the staff who decide access requests see it (ACC-02): also the identity it was requested with, what
 * each identity check said at registration (P106 Pasal 6 ayat (4)) — `verified` only where a registry confirmed it;
 * `checkedBy: format-only` where no registry was asked — and, while pending, the last day to decide.
 */
export const ACCOUNT_FOR_STAFF: SharedSchema = {
  $id: 'AccountForStaff',
  type: 'object',
  required: [...ACCOUNT_REQUIRED, 'identity', 'identityChecks'],
  additionalProperties: false,
  properties: {
    ...ACCOUNT_PROPERTIES,
    identity: {
      type: 'object', additionalProperties: false,
      properties: { nik: { type: 'string' }, companyName: { type: 'string' }, npwp: { type: 'string' }, registrantIsLeader: { type: 'boolean' } },
    },
    decisionDue: { type: 'string', format: 'date', description: 'A pending request: the last day to decide it (ACC-02), on the office\'s calendar' },
    identityChecks: {
      type: 'array',
      items: {
        type: 'object', required: ['check', 'verified', 'checkedBy', 'outcome', 'checkedAt'], additionalProperties: false,
        properties: {
          check: { type: 'string', enum: [...IDENTITY_CHECKS] },
          verified: { type: 'boolean' },
          checkedBy: { type: 'string', enum: [...CHECKED_BY] },
          outcome: { type: 'string', enum: [...CHECK_OUTCOMES] },
          checkedAt: { type: 'string' },
        },
      },
    },
  },
};

/** The API view of a stored account. */
export interface AccountView {
  readonly id: string;
  readonly kind: 'person' | 'business';
  readonly name: string;
  readonly email: string;
  readonly phone: string;
  readonly roles: readonly string[];
  readonly status: AccountRecord['status'];
  readonly createdAt: string;
}

/** The API view of a stored account (roles filtered to core's). */
export function accountView(account: AccountRecord): AccountView {
  return {
    id: account.id, kind: account.kind, name: account.name, email: account.email, phone: account.phone,
    roles: rolesOf(account), status: account.status, createdAt: account.createdAt,
  };
}

/** The identity an access request was made with, as staff see it. */
export interface IdentityView {
  readonly nik?: string;
  readonly companyName?: string;
  readonly npwp?: string;
  readonly registrantIsLeader?: boolean;
}

/** The staff's view of a stored account: its API view, its identity and its identity checks; `decisionDue` as given. */
export function accountForStaff(
  account: AccountRecord, decisionDue: string | undefined,
): AccountView & { identity: IdentityView; identityChecks: StoredIdentityCheck[]; decisionDue?: string } {
  const { nik, companyName, npwp, registrantIsLeader } = account.identity;
  return {
    ...accountView(account),
    ...present({ decisionDue }),
    identity: present({ nik, companyName, npwp, registrantIsLeader: registrantIsLeader === undefined ? undefined : registrantIsLeader === 'true' }),
    identityChecks: storedChecks(account.identity),
  };
}
