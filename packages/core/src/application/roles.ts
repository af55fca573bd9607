/**
 * Who acts on an application (ACC-03, APP-04): the applicant (*Pemohon*), the processors (*Pemroses*: administrative
 * and technical officers, the signing official, the head of office), the supervisor who imposes sanctions on
 * applicants, the scheduler (`system`) and the bank's payment callback (`bank`).
 */
export const ROLES = [
  'applicant', 'admin-officer', 'technical-officer', 'signing-official', 'head-of-office', 'supervisor', 'system', 'bank',
] as const;

/** One of {@link ROLES}. */
export type Role = (typeof ROLES)[number];

/** The roles of PTSP staff (*penyelenggara PTSP*), the only ones who see audit trails and investor documents. */
export const STAFF_ROLES: readonly Role[] = ['admin-officer', 'technical-officer', 'signing-official', 'head-of-office', 'supervisor'];

/** Who takes a step: an account id and the role it acts in. */
export interface Actor {
  readonly id: string;
  readonly role: Role;
}

/** Whether a value is one of {@link ROLES}. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
