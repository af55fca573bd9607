import type { Citation } from '../citation.js';
import type { IsoDate } from '../calendar/index.js';
import type { ApplicationDetails, Skrd } from './dependencies.js';
import type { ApplicationDocument } from './documents.js';
import type { Backfill, EventType, HandoverMethod, PauseKind } from './events.js';
import type { Actor } from './roles.js';
import type { ApplicationState } from './states.js';
import type { SignatureMode } from './transition-table.js';

/** The person responsible (*penanggung jawab*): name, NIK, mobile phone (E.164) and e-mail, all validated. */
export interface ContactPerson {
  readonly name: string;
  readonly nik: string;
  readonly phone: string;
  readonly email: string;
}

/** A natural person applying for themselves (*perorangan*). */
export interface PersonApplicant extends ContactPerson {
  readonly kind: 'person';
}

/**
 * A business entity (*badan usaha*): its name, 16-digit NPWP, NIB when it has one, and the contact who acts for it;
 * `representative` is true when that contact is not the company's leader (a power of attorney is then required).
 */
export interface BusinessApplicant {
  readonly kind: 'business';
  readonly companyName: string;
  readonly npwp: string;
  readonly nib?: string;
  readonly contact: ContactPerson;
  readonly representative: boolean;
}

/** Who applies (APP-02). */
export type Applicant = PersonApplicant | BusinessApplicant;

/** One line of an application's history: the event, who took it and when, and the step it moved. */
export interface HistoryEntry {
  readonly seq: number;
  readonly event: EventType;
  readonly actor: Actor;
  readonly at: string;
  readonly from: ApplicationState;
  readonly to: ApplicationState;
  readonly source: Citation;
  /** Present on a record entered after an outage from a manual record (APP-11). */
  readonly backfill?: Backfill;
}

/** A force majeure or outage recorded on the application (CAL-03): whole local days `from`–`to`; open while `to` is absent. */
export interface ApplicationPause {
  readonly id: string;
  readonly kind: PauseKind;
  readonly from: IsoDate;
  readonly to?: IsoDate;
  readonly reason: string;
  readonly declaredBy: string;
}

/** The decision on the application (APP-05, APP-12). */
export interface Decision {
  readonly outcome: 'approved' | 'deemed-approved' | 'rejected';
  readonly at: string;
  readonly by: string;
  readonly reason?: string;
}

/** The IKM survey's progress (APP-08): when it was asked for, the reminders sent, suspension and completion. */
export interface SurveyProgress {
  /** Local date the survey step began; reminders and suspension count calendar days from it (CAL-04). */
  readonly requestedOn?: IsoDate;
  readonly remindersSent: readonly string[];
  readonly suspendedAt?: string;
  readonly completedAt?: string;
  readonly responseId?: string;
}

/** A sanction on the applicant (APP-10). */
export interface ApplicantSanction {
  readonly kind: 'reprimand' | 'cancellation';
  readonly reason: string;
  readonly at: string;
  readonly by: string;
}

/**
 * An application for a permit, as plain data: everything the lifecycle knows, changed only by {@link applyEvent},
 * which returns a new object (the old one is never modified).
 */
export interface Application {
  readonly id: string;
  readonly permitType: string;
  /** Whether the permit type bears a retribution (catalog `fee.bearing`, M18 Pasal 15), fixed at creation. */
  readonly feeBearing: boolean;
  /** The municipality's signature mode when the application was created (APP-07). */
  readonly signatureMode: SignatureMode;
  readonly applicant: Applicant;
  readonly details: ApplicationDetails;
  readonly documents: readonly ApplicationDocument[];
  /** When the applicant ticked the truth declaration (APP-02). */
  readonly declaredAt?: string;
  readonly state: ApplicationState;
  readonly createdAt: string;
  /** The registration receipt number (APP-03), from the first submission on. */
  readonly receiptNumber?: string;
  readonly submittedAt?: string;
  /** The local date the file was (last) complete: the service clock starts here (CAT-03). */
  readonly completeOn?: IsoDate;
  readonly corrections: readonly { readonly reason: string; readonly at: string; readonly by: string }[];
  readonly recommendation?: { readonly favourable: boolean; readonly assignmentLetter?: string; readonly at: string; readonly by: string };
  readonly decision?: Decision;
  readonly skrd?: Skrd;
  readonly payment?: { readonly amount: number; readonly reference: string; readonly at: string };
  readonly printedAt?: string;
  readonly signature?: { readonly by: string; readonly at: string; readonly mode: SignatureMode; readonly mandate: string; readonly challengeId?: string };
  readonly permitNumber?: string;
  readonly survey: SurveyProgress;
  readonly handover?: { readonly method: HandoverMethod; readonly skrdIncluded: boolean; readonly at: string; readonly by: string };
  readonly pauses: readonly ApplicationPause[];
  readonly sanctions: readonly ApplicantSanction[];
  /** Service-deadline notices already sent (so the scheduler never repeats one). */
  readonly deadlineNotices: readonly ('approaching' | 'missed')[];
  readonly history: readonly HistoryEntry[];
}
