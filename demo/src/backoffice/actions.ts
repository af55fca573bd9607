// Which steps the signed-in officer may take on an application now: core's transition table decides (APP-04).
import { rowsFrom, type ApplicationState, type Role } from '@satupintu/core';

/** The roles an officer acts in (core's staff roles). */
export type OfficerRole = Exclude<Role, 'applicant' | 'system' | 'bank'>;
import type { ApiComponents } from '@satupintu/server';

type Application = ApiComponents['schemas']['Application'];

/** The officers' lifecycle steps these pages offer (sanctions and pauses belong to the supervisor's and head's pages). */
export const OFFICE_STEPS = [
  'verify', 'validate', 'return-for-correction', 'recommend', 'approve', 'reject', 'print', 'sign', 'assign-number', 'hand-over',
] as const;

export type OfficeStep = (typeof OFFICE_STEPS)[number];

/** A step open now and the role the officer takes it in. */
export interface OpenStep {
  readonly step: OfficeStep;
  readonly role: OfficerRole;
}

function isOfficeStep(event: string): event is OfficeStep {
  return (OFFICE_STEPS as readonly string[]).includes(event);
}

/** The steps open to an officer holding `roles` on `application` in its current state, in the table's order. */
export function openSteps(application: Application, roles: readonly string[]): OpenStep[] {
  const facts = { feeBearing: application.feeBearing, signatureMode: application.signatureMode };
  const steps: OpenStep[] = [];
  for (const row of rowsFrom(application.state as ApplicationState, facts)) {
    if (!isOfficeStep(row.event) || !roles.includes(row.role) || steps.some((s) => s.step === row.event)) continue;
    steps.push({ step: row.event, role: row.role as OfficerRole }); // only staff rows carry office steps
  }
  return steps;
}
