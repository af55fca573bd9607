import { ROLES } from '@satupintu/core';
import type { AccountRecord } from '../../store/types.js';
import { rolesOf } from '../access.js';
import type { SharedSchema } from './common.js';

/** An account as the API shows it to its owner and to staff: never the password hash. */
export const ACCOUNT: SharedSchema = {
  $id: 'Account',
  type: 'object',
  required: ['id', 'kind', 'name', 'email', 'roles', 'status'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    kind: { type: 'string', enum: ['person', 'business'] },
    name: { type: 'string' },
    email: { type: 'string' },
    phone: { type: 'string' },
    roles: { type: 'array', items: { type: 'string', enum: [...ROLES] } },
    status: { type: 'string', enum: ['pending', 'active', 'refused', 'blocked'] },
    createdAt: { type: 'string', format: 'date-time' },
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
