import { cite } from '../citation.js';
import type { CaseTransitionRow } from './transition-table.js';
import type { ComplaintGround, ComplaintTarget } from './complaint-grounds.js';

/**
 * Where a complaint stands (CMP-02). `verification` → (complaints about a business) `clarification` → `clarified`
 * → a finding (`violation-proven`, `not-proven`, `misuse-proven`) → the follow-up notified to both parties, which
 * is the outcome: `coaching`, `sanction`, `closed`, or `access-blocked` until the sanction is met (`access-reopened`).
 */
export type ComplaintState =
  | 'received' | 'verification' | 'clarification' | 'clarified'
  | 'violation-proven' | 'not-proven' | 'misuse-proven'
  | 'coaching' | 'sanction' | 'closed' | 'access-blocked' | 'access-reopened';

/** Every complaint state. */
export const COMPLAINT_STATES: readonly ComplaintState[] = [
  'received', 'verification', 'clarification', 'clarified', 'violation-proven', 'not-proven', 'misuse-proven',
  'coaching', 'sanction', 'closed', 'access-blocked', 'access-reopened',
];

/** What happens to a complaint. */
export type ComplaintEvent =
  | 'start-verification' | 'request-clarification' | 'clarification-given' | 'clarification-not-given'
  | 'violation-found' | 'no-violation-found' | 'misuse-found'
  | 'notify-coaching' | 'notify-sanction' | 'notify-closure' | 'notify-access-block' | 'reopen-access-after-sanction';

/** Every complaint event. */
export const COMPLAINT_EVENTS: readonly ComplaintEvent[] = [
  'start-verification', 'request-clarification', 'clarification-given', 'clarification-not-given',
  'violation-found', 'no-violation-found', 'misuse-found',
  'notify-coaching', 'notify-sanction', 'notify-closure', 'notify-access-block', 'reopen-access-after-sanction',
];

/** A row of the complaint lifecycle; `targets` and `grounds`, when present, restrict the row to those complaints. */
export interface ComplaintTransition extends CaseTransitionRow<ComplaintState, ComplaintEvent> {
  readonly targets?: readonly ComplaintTarget[];
  readonly grounds?: readonly ComplaintGround[];
}

const BUSINESS: readonly ComplaintTarget[] = ['business'];
const OTHERS: readonly ComplaintTarget[] = ['oss-agency', 'local-government', 'civil-servant-or-expert'];
const MISUSE: readonly ComplaintGround[] = ['oss-misuse'];
const B98 = (article: string) => cite('B98', article);

/**
 * The complaint lifecycle (CMP-02, B98 Pasal 37 ayat (7)–(13)) as an explicit table. A complaint about a business
 * is concluded only after the business has been asked to clarify (ayat (8)); misuse of OSS can be found only on
 * ground d and leads to blocking the access right (ayat (11)), reopened once the sanction is met (ayat (12)–(13)).
 */
export const COMPLAINT_TRANSITIONS: readonly ComplaintTransition[] = [
  { from: 'received', event: 'start-verification', to: 'verification', source: B98('Pasal 37 ayat (7)') },
  { from: 'verification', event: 'request-clarification', to: 'clarification', targets: BUSINESS, source: B98('Pasal 37 ayat (8)') },
  { from: 'clarification', event: 'clarification-given', to: 'clarified', targets: BUSINESS, source: B98('Pasal 37 ayat (8)') },
  { from: 'clarification', event: 'clarification-not-given', to: 'clarified', targets: BUSINESS, source: B98('Pasal 37 ayat (7)–(8)') },
  { from: 'clarified', event: 'violation-found', to: 'violation-proven', targets: BUSINESS, source: B98('Pasal 37 ayat (7), (10)') },
  { from: 'clarified', event: 'no-violation-found', to: 'not-proven', targets: BUSINESS, source: B98('Pasal 37 ayat (7)') },
  { from: 'clarified', event: 'misuse-found', to: 'misuse-proven', targets: BUSINESS, grounds: MISUSE, source: B98('Pasal 37 ayat (11)') },
  { from: 'verification', event: 'violation-found', to: 'violation-proven', targets: OTHERS, source: B98('Pasal 37 ayat (7), (10)') },
  { from: 'verification', event: 'no-violation-found', to: 'not-proven', targets: OTHERS, source: B98('Pasal 37 ayat (7)') },
  { from: 'verification', event: 'misuse-found', to: 'misuse-proven', targets: OTHERS, grounds: MISUSE, source: B98('Pasal 37 ayat (11)') },
  { from: 'violation-proven', event: 'notify-coaching', to: 'coaching', source: B98('Pasal 37 ayat (9)–(10)') },
  { from: 'violation-proven', event: 'notify-sanction', to: 'sanction', source: B98('Pasal 37 ayat (9)–(10)') },
  { from: 'not-proven', event: 'notify-closure', to: 'closed', source: B98('Pasal 37 ayat (9)') },
  { from: 'misuse-proven', event: 'notify-access-block', to: 'access-blocked', source: B98('Pasal 37 ayat (9), (11)') },
  { from: 'access-blocked', event: 'reopen-access-after-sanction', to: 'access-reopened', source: B98('Pasal 37 ayat (12)–(13)') },
];
