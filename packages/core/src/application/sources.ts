import { cite, type Citation } from '../citation.js';

/**
 * The articles behind the application lifecycle, by DOMAIN.md rule id. Table rows and checks carry these as data,
 * so a person can look each step up in the regulation.
 */
export const APPLICATION_SOURCES = {
  /** ACC-01: what a request for an access right must carry. */
  accessRequest: cite('M18', 'Pasal 8 ayat (4)'),
  /** ACC-02: the access right is decided within 1 working day. */
  accessDecision: cite('M18', 'Pasal 8 ayat (5)'),
  /** ACC-02: the applicant is told by SMS and/or e-mail. */
  accessNotice: cite('M18', 'Pasal 8 ayat (6)'),
  /** ACC-03: applicant and processor roles, each limited to its authority. */
  roles: cite('T11', 'Pasal 19; P106 Pasal 11'),
  /** ACC-03: public information needs no access right. */
  publicInformation: cite('M18', 'Pasal 10 ayat (2) huruf a'),
  /** ACC-03: documents, audit trails and investor status only for PTSP staff. */
  staffInformation: cite('M18', 'Pasal 10 ayat (2) huruf b, ayat (3)'),
  /** APP-01: the eleven steps in order. */
  steps: cite('M18', 'Pasal 11 ayat (3)'),
  /** APP-02: electronic documents, uploaded to the account. */
  documents: cite('M18', 'Pasal 12 ayat (1)-(2)'),
  /** APP-02: the truth declaration (checklist). */
  declaration: cite('M18', 'Pasal 12 ayat (3)'),
  /** APP-03: the registration receipt for a complete submission. */
  receipt: cite('M18', 'Pasal 12 ayat (4)-(5)'),
  /** APP-03: tracking by receipt number. */
  tracking: cite('M18', 'Pasal 23'),
  /** APP-04: administrative officers verify. */
  adminOfficer: cite('T11', 'Pasal 7 ayat (1); P106 Pasal 4 ayat (1)'),
  /** APP-04: technical officers examine, possibly by a technical agency's recommendation. */
  technicalOfficer: cite('T11', 'Pasal 7 ayat (2), Pasal 8; P106 Pasal 4 ayat (2)'),
  /** APP-05: approval or rejection is notified. */
  decisionNotice: cite('M18', 'Pasal 14 ayat (1)'),
  /** APP-05: payment details after approval, based on an SKRD. */
  paymentNotice: cite('M18', 'Pasal 14 ayat (2), (6)'),
  /** APP-05: only fee-bearing permits pay. */
  feeBearingOnly: cite('M18', 'Pasal 15'),
  /** APP-06: payment within 10 working days of the notice. */
  paymentPeriod: cite('M18', 'Pasal 14 ayat (3)'),
  /** APP-06: unpaid, the receivable lapses and the applicant starts again. */
  paymentLapse: cite('M18', 'Pasal 14 ayat (4)'),
  /** APP-06: the bank gives the proof of payment. */
  paymentProof: cite('M18', 'Pasal 14 ayat (5)'),
  /** APP-07: printing on the permit type's special paper. */
  printing: cite('M18', 'Pasal 16 ayat (1)'),
  /** APP-07: with a wet signature, printing precedes signing. */
  wetSignature: cite('M18', 'Pasal 16 ayat (2)'),
  /** APP-07: paperless; signature confirmed by a PIN sent by SMS. */
  signingPin: cite('M18', 'Pasal 13 ayat (1), (3)'),
  /** APP-07: only an official with delegated authority signs. */
  delegation: cite('M18', 'Pasal 13 ayat (4)-(5); T11 Pasal 10'),
  /** APP-01: numbering of the permit. */
  numbering: cite('M18', 'Pasal 11 ayat (3) huruf i'),
  /** APP-08: the IKM survey after approval. */
  survey: cite('M18', 'Pasal 17 ayat (2)'),
  /** APP-08: reminders every 2 days, 3 times. */
  surveyReminders: cite('M18', 'Pasal 17 ayat (3)'),
  /** APP-08: suspended after 6 days unfilled. */
  surveySuspension: cite('M18', 'Pasal 17 ayat (4)'),
  /** APP-09: handover at the office, by post, or by courier with the SKRD. */
  handover: cite('M18', 'Pasal 18; T11 Pasal 11'),
  /** APP-10: sanctions on applicants who upload untrue data. */
  sanctions: cite('T11', 'Pasal 25; P106 Pasal 11 ayat (5)'),
  /** APP-11: manual service during an outage, records entered afterwards unchanged. */
  manualRecords: cite('M18', 'Pasal 26; T11 Pasal 23 ayat (3)-(4)'),
  /** APP-11: the public is told of the delay and when service resumes. */
  outageNotice: cite('P106', 'Pasal 13 ayat (3)'),
  /** CAL-03: force majeure is declared by the head of office; its time does not count. */
  pause: cite('P106', 'Pasal 14; M18 Pasal 26 ayat (2)'),
  /** CAT-03: the service time, counted from the complete file. */
  serviceTime: cite('M13', 'Lampiran II'),
  /** APP-12: deemed approval when the service deadline passes (optional). */
  deemedApproval: cite('PP 28/2025', 'fiktif positif'),
  /** Withdrawal by the applicant is not regulated: an SDK convention, recorded like every step. */
  withdrawal: cite('Satupintu (convention)', 'withdrawal before the decision'),
} as const satisfies Record<string, Citation>;
