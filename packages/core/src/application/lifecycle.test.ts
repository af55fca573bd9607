import { describe, it } from 'node:test';
import { assert } from 'chai';
import { defaultCatalog } from '../catalog/default-catalog.js';
import { unwrap } from '../result.js';
import { applyEvent } from './apply-event.js';
import type { Application } from './application.js';
import { createApplication } from './create-application.js';
import { dueActions } from './due-actions.js';
import type { ApplicationEvent } from './events.js';
import { notificationsFor } from './notifications.js';
import { applyPauseToAll } from './pause-all.js';
import { applicationServiceDeadline } from './service-deadline.js';
import {
  ACTORS, IMB_ASSESSMENT, IMB_PERSON_DOCUMENTS, PERSON, doc, imbAwaitingDecision, imbDraft, run, submitImb, testContext, wib,
} from './test-support.js';

const context = testContext();
const imbFee = () => ({ assessment: IMB_ASSESSMENT, sequence: 7 });
const refusal = (app: Application, event: ApplicationEvent, ctx = context) => {
  const result = applyEvent(app, event, ctx);
  return result.ok ? 'accepted' : `${result.error.code} @ ${result.error.path}`;
};
const dueKinds = (app: Application, now: string, ctx = context) => unwrap(dueActions(app, now, ctx)).map((a) => `${a.kind} ${a.dueOn}`);
const approve = (app: Application, at = wib('2026-03-05')) =>
  run(app, [{ type: 'approve', actor: ACTORS.head, at, fee: imbFee() }], context);

/** A catalog in which TDG bears no fee, as a municipality may decide. */
const freeTdgCatalog = { ...defaultCatalog, permitTypes: defaultCatalog.permitTypes.map((t) => (t.id === 'tdg' ? { ...t, fee: { ...t.fee, bearing: false } } : t)) };

describe('application lifecycle rules', () => {
  it('APP-02 a file cannot be submitted without the truth declaration or with a required document missing', () => {
    const draft = imbDraft(context);
    const base = submitImb(wib('2026-03-02'));
    assert.equal(refusal(draft, { ...base, declaration: false } as ApplicationEvent), 'application.declaration-missing @ declaration');
    assert.equal(refusal(draft, { ...base, documents: IMB_PERSON_DOCUMENTS.filter((d) => d.key !== 'land-title') } as ApplicationEvent), 'application.document-missing @ documents');
    const twoProblems = applyEvent(draft, { ...base, documents: [...IMB_PERSON_DOCUMENTS.slice(1), doc('selfie', { mediaType: 'image/gif' })] } as ApplicationEvent, context);
    assert.isFalse(twoProblems.ok);
    if (!twoProblems.ok) {
      assert.equal(twoProblems.error.code, 'application.submission-incomplete');
      assert.sameMembers(twoProblems.error.issues?.map((i) => i.code) ?? [], ['application.document-unexpected', 'application.document-missing']);
    }
    assert.equal(refusal(draft, { ...base, documents: [doc('ktp', { size: 6_000_000 }), ...IMB_PERSON_DOCUMENTS.filter((d) => d.key !== 'ktp')] } as ApplicationEvent), 'application.document-too-large @ documents.0.size');
    assert.equal(refusal(draft, { ...base, documents: [doc('ktp', { sha256: 'xyz' })] } as ApplicationEvent), 'document.sha256-invalid @ documents.0.sha256');
    assert.equal(refusal(draft, { ...base, documents: [doc('ktp', { fileName: '<script>.pdf' })] } as ApplicationEvent), 'application.text-unsafe @ documents.0.fileName');
    const submitted = run(draft, [base], context);
    assert.equal(submitted.state, 'awaiting-verification');
    assert.equal(submitted.declaredAt, wib('2026-03-02'));
    assert.lengthOf(submitted.documents, 5);
  });

  it('APP-03 a complete submission gets a receipt number that the applicant is told and tracks by', () => {
    const submitted = run(imbDraft(context), [submitImb(wib('2026-03-02'))], context);
    assert.match(submitted.receiptNumber ?? '', /^MJK-20260302-000001-[0-9A-Z]$/);
    const messages = notificationsFor(submitted, submitImb(wib('2026-03-02')));
    assert.deepEqual(messages.map((m) => [m.channel, m.to]), [['sms', '+6281234567890'], ['email', 'siti@example.id']]);
    assert.include(messages[0]?.text.id, submitted.receiptNumber as string);
    // A corrected file keeps its receipt number.
    const corrected = run(submitted, [
      { type: 'return-for-correction', actor: ACTORS.admin, at: wib('2026-03-03'), reason: 'Gambar denah tidak terbaca' },
      { type: 'resubmit', actor: ACTORS.applicant, at: wib('2026-03-05'), documents: IMB_PERSON_DOCUMENTS, declaration: true },
    ], context);
    assert.equal(corrected.receiptNumber, submitted.receiptNumber);
    assert.equal(corrected.completeOn, '2026-03-05', 'the service clock restarts with the complete file');
  });

  it('APP-04 only the role that owns a step may take it', () => {
    const submitted = run(imbDraft(context), [submitImb(wib('2026-03-02'))], context);
    assert.equal(refusal(submitted, { type: 'verify', actor: ACTORS.technical, at: wib('2026-03-03') }), 'application.role-not-allowed @ actor.role');
    assert.equal(refusal(submitted, { type: 'verify', actor: ACTORS.applicant, at: wib('2026-03-03') }), 'application.role-not-allowed @ actor.role');
    assert.equal(refusal(submitted, { type: 'approve', actor: ACTORS.head, at: wib('2026-03-03') }), 'application.event-not-allowed @ type');
    assert.equal(refusal(submitted, { type: 'verify', actor: { id: 'x', role: 'mayor' }, at: wib('2026-03-03') } as never), 'application.role-unknown @ actor.role');
    const decision = imbAwaitingDecision(context);
    assert.equal(refusal(decision, { type: 'recommend', actor: ACTORS.technical, at: wib('2026-03-05'), favourable: true }), 'application.event-not-allowed @ type');
    assert.deepEqual(decision.history.map((h) => h.actor.role), ['applicant', 'admin-officer', 'admin-officer', 'technical-officer']);
  });

  it('APP-05 a fee-bearing approval issues the SKRD and tells the applicant the payment code, amount, account and bank', () => {
    const decision = imbAwaitingDecision(context);
    assert.equal(refusal(decision, { type: 'approve', actor: ACTORS.head, at: wib('2026-03-05') }), 'application.fee-required @ fee');
    const noAccount = testContext();
    const withoutAccount = applyEvent(decision, { type: 'approve', actor: ACTORS.head, at: wib('2026-03-05'), fee: imbFee() }, { ...noAccount, skrd: {} });
    assert.isFalse(withoutAccount.ok);
    if (!withoutAccount.ok) assert.equal(withoutAccount.error.code, 'skrd.setting-missing');
    const approved = approve(decision);
    assert.equal(approved.state, 'awaiting-payment');
    assert.equal(approved.skrd?.amount, 9_000_000);
    const sms = notificationsFor(approved, { type: 'approve', actor: ACTORS.head, at: wib('2026-03-05') });
    assert.lengthOf(sms, 2);
    assert.include(sms[0]?.text.id, 'DISETUJUI');
    assert.include(sms[1]?.text.id, approved.skrd?.paymentCode as string);
    assert.include(sms[1]?.text.id, 'Rp 9.000.000');
    assert.include(sms[1]?.text.en, 'Bank Jatim');
    assert.equal(sms[1]?.channel, 'sms');
    // Rejection: told by SMS with the reason.
    const rejected = run(decision, [{ type: 'reject', actor: ACTORS.head, at: wib('2026-03-05'), reason: 'GSB dilanggar' }], context);
    assert.equal(rejected.state, 'rejected');
    assert.include(notificationsFor(rejected, { type: 'reject', actor: ACTORS.head, at: wib('2026-03-05'), reason: 'GSB dilanggar' })[0]?.text.id, 'DITOLAK: GSB dilanggar');
  });

  it('APP-05 a permit without retribution (M18 Pasal 15) or assessed at Rp 0 skips payment', () => {
    const free = testContext({}, freeTdgCatalog);
    const tdg = unwrap(createApplication({ id: 'TDG-1', permitType: 'tdg', applicant: PERSON, createdAt: wib('2026-03-02') }, free));
    assert.isFalse(tdg.feeBearing, 'read from the catalog\'s fee.bearing');
    const freeType = { ...imbAwaitingDecision(free), feeBearing: false };
    const approved = run(freeType, [{ type: 'approve', actor: ACTORS.head, at: wib('2026-03-05') }], free);
    assert.equal(approved.state, 'awaiting-signature');
    assert.isUndefined(approved.skrd);
    const zero = { assessment: { ...imbFee().assessment, total: 0, lines: [] }, sequence: 8 };
    const exempt = run(imbAwaitingDecision(context), [{ type: 'approve', actor: ACTORS.head, at: wib('2026-03-05'), fee: zero }], context);
    assert.equal(exempt.state, 'awaiting-signature');
    assert.isUndefined(exempt.skrd);
  });

  it('APP-06 payment is due within 10 working days of the notice; unpaid, the receivable lapses (start again)', () => {
    const approved = approve(imbAwaitingDecision(context));
    // Notice Thu 5 Mar: Fri 6 (1), Mon 9–Fri 13 (2–6), Mon 16, Tue 17 (7, 8), 18–24 off (Nyepi, Idul Fitri), Wed 25 (9), Thu 26 (10).
    assert.equal(approved.skrd?.dueDate, '2026-03-26');
    assert.deepEqual(dueKinds(approved, wib('2026-03-26', '23:59')), []);
    assert.equal(refusal(approved, { type: 'lapse-payment', actor: ACTORS.system, at: wib('2026-03-26', '23:59') }), 'application.not-due @ at');
    assert.deepEqual(dueKinds(approved, wib('2026-03-27', '00:01')), ['lapse-payment 2026-03-27']);
    // 26 March 23:30 WIB is 27 March in WIT (UTC+9): deadlines are evaluated in the municipality's own zone (CAL-02).
    assert.equal(refusal(approved, { type: 'record-payment', actor: ACTORS.bank, at: '2026-03-26T16:30:00Z', amount: 9_000_000, reference: 'B-1' }), 'accepted');
    assert.equal(refusal(approved, { type: 'record-payment', actor: ACTORS.bank, at: '2026-03-26T17:30:00Z', amount: 9_000_000, reference: 'B-1' }), 'application.payment-late @ at');
    assert.equal(refusal(approved, { type: 'record-payment', actor: ACTORS.bank, at: wib('2026-03-20'), amount: 8_999_999, reference: 'B-1' }), 'application.payment-amount @ amount');
    const [lapse] = unwrap(dueActions(approved, wib('2026-03-27', '00:01'), context));
    const lapsed = run(approved, [lapse?.event as ApplicationEvent], context);
    assert.equal(lapsed.state, 'payment-lapsed');
    assert.deepEqual(dueKinds(lapsed, wib('2026-03-28')), [], 'once applied, never due again');
    assert.equal(refusal(lapsed, { type: 'record-payment', actor: ACTORS.bank, at: wib('2026-03-27', '08:00'), amount: 9_000_000, reference: 'B-1' }), 'application.event-not-allowed @ type');
  });

  it('APP-07 the signing official needs a mandate for the permit type; an electronic signature needs a PIN confirmation', () => {
    const paid = run(approve(imbAwaitingDecision(context)), [{ type: 'record-payment', actor: ACTORS.bank, at: wib('2026-03-06'), amount: 9_000_000, reference: 'B-1' }], context);
    assert.equal(paid.state, 'awaiting-signature');
    const at = wib('2026-03-09');
    const confirmation = { challengeId: 'c1', officialId: 'kabid-perizinan', applicationId: paid.id, confirmedAt: wib('2026-03-09', '08:59') };
    assert.equal(refusal(paid, { type: 'sign', actor: ACTORS.signer, at }), 'application.pin-required @ confirmation');
    assert.equal(refusal(paid, { type: 'sign', actor: { id: 'kasi-reklame', role: 'signing-official' }, at, confirmation: { ...confirmation, officialId: 'kasi-reklame' } }), 'application.no-delegated-authority @ actor.id');
    assert.equal(refusal(paid, { type: 'sign', actor: ACTORS.signer, at, confirmation: { ...confirmation, applicationId: 'other' } }), 'application.pin-mismatch @ confirmation');
    assert.equal(refusal(paid, { type: 'sign', actor: ACTORS.signer, at, confirmation: { ...confirmation, confirmedAt: wib('2026-03-09', '09:01') } }), 'application.pin-mismatch @ confirmation');
    const signed = run(paid, [{ type: 'sign', actor: ACTORS.signer, at, confirmation }], context);
    assert.equal(signed.state, 'awaiting-numbering');
    assert.equal(signed.signature?.mandate, '800/017/417.302/2024');
  });

  it('APP-07 with a wet signature the document is printed before it is signed, without a PIN', () => {
    const wet = testContext({ signatureMode: 'wet' });
    const paid = run(imbAwaitingDecision(wet), [
      { type: 'approve', actor: ACTORS.head, at: wib('2026-03-05'), fee: imbFee() },
      { type: 'record-payment', actor: ACTORS.bank, at: wib('2026-03-06'), amount: 9_000_000, reference: 'B-1' },
    ], wet);
    assert.equal(paid.state, 'awaiting-printing');
    assert.equal(refusal(paid, { type: 'sign', actor: ACTORS.signer, at: wib('2026-03-09') }, wet), 'application.event-not-allowed @ type');
    const signed = run(paid, [{ type: 'print', actor: ACTORS.admin, at: wib('2026-03-09') }, { type: 'sign', actor: ACTORS.signer, at: wib('2026-03-09', '10:00') }], wet);
    assert.equal(signed.state, 'awaiting-numbering');
    assert.equal(signed.signature?.mode, 'wet');
  });

  it('APP-08 CAL-04 survey reminders every 2 calendar days, 3 times; suspended after 6 days until it is filled in', () => {
    const surveyStep: Application = { ...approve(imbAwaitingDecision(context)), state: 'awaiting-survey', survey: { requestedOn: '2026-04-09', remindersSent: [] } };
    assert.deepEqual(dueKinds(surveyStep, wib('2026-04-10')), []);
    assert.deepEqual(dueKinds(surveyStep, wib('2026-04-11')), ['send-survey-reminder 2026-04-11'], 'a Saturday counts: calendar days');
    let app = surveyStep;
    for (const day of ['2026-04-11', '2026-04-13', '2026-04-15']) {
      const [reminder] = unwrap(dueActions(app, wib(day), context));
      app = run(app, [reminder?.event as ApplicationEvent], context);
      assert.deepEqual(dueKinds(app, wib(day, '18:00')), [], 'never the same reminder twice');
    }
    assert.lengthOf(app.survey.remindersSent, 3);
    const reminder = notificationsFor(app, { type: 'send-survey-reminder', actor: ACTORS.system, at: wib('2026-04-15') });
    assert.deepEqual(reminder.map((n) => n.channel), ['sms', 'email']);
    assert.include(reminder[0]?.text.id, 'Pengingat 3');
    assert.equal(refusal(app, { type: 'send-survey-reminder', actor: ACTORS.system, at: wib('2026-04-15', '19:00') }), 'application.not-due @ at');
    assert.deepEqual(dueKinds(app, wib('2026-04-15', '23:59')), []);
    assert.deepEqual(dueKinds(app, wib('2026-04-16', '00:00')), ['suspend-for-survey 2026-04-16']);
    const [suspend] = unwrap(dueActions(app, wib('2026-04-16'), context));
    const suspended = run(app, [suspend?.event as ApplicationEvent], context);
    assert.equal(suspended.state, 'suspended-survey');
    assert.include(notificationsFor(suspended, suspend?.event as ApplicationEvent)[0]?.text.en, 'suspended until the satisfaction survey');
    assert.equal(refusal(suspended, { type: 'hand-over', actor: ACTORS.admin, at: wib('2026-04-17'), method: 'office' }), 'application.event-not-allowed @ type');
    const filled = run(suspended, [{ type: 'submit-survey', actor: ACTORS.applicant, at: wib('2026-04-20'), responseId: 'ikm-1' }], context);
    assert.equal(filled.state, 'awaiting-handover');
    // A survey filled before the first reminder: no reminder at all.
    const early = run(surveyStep, [{ type: 'submit-survey', actor: ACTORS.applicant, at: wib('2026-04-10'), responseId: 'ikm-2' }], context);
    assert.deepEqual(dueKinds(early, wib('2026-04-30')), []);
  });

  it('APP-09 handover at the office, by post, or by courier together with the SKRD', () => {
    const ready: Application = { ...approve(imbAwaitingDecision(context)), state: 'awaiting-handover' };
    const at = wib('2026-04-20');
    assert.equal(refusal(ready, { type: 'hand-over', actor: ACTORS.admin, at, method: 'courier' }), 'application.courier-without-skrd @ skrdIncluded');
    assert.equal(refusal(ready, { type: 'hand-over', actor: ACTORS.admin, at, method: 'drone' as never }), 'application.choice-invalid @ method');
    for (const method of ['office', 'post'] as const) assert.equal(refusal(ready, { type: 'hand-over', actor: ACTORS.admin, at, method }), 'accepted');
    const done = run(ready, [{ type: 'hand-over', actor: ACTORS.admin, at, method: 'courier', skrdIncluded: true }], context);
    assert.deepEqual([done.state, done.handover?.method, done.handover?.skrdIncluded], ['completed', 'courier', true]);
  });

  it('APP-10 untrue data: a written reprimand and/or cancellation of the application or the issued permit', () => {
    const decision = imbAwaitingDecision(context);
    const reprimanded = run(decision, [{ type: 'reprimand', actor: ACTORS.supervisor, at: wib('2026-03-05'), reason: 'Sertifikat tanah palsu' }], context);
    assert.equal(reprimanded.state, 'awaiting-decision');
    assert.deepEqual(reprimanded.sanctions.map((s) => s.kind), ['reprimand']);
    assert.equal(refusal(decision, { type: 'cancel-as-sanction', actor: ACTORS.supervisor, at: wib('2026-03-05'), reason: 'x' }), 'application.role-not-allowed @ actor.role');
    const cancelled = run(reprimanded, [{ type: 'cancel-as-sanction', actor: ACTORS.head, at: wib('2026-03-06'), reason: 'Sertifikat tanah palsu' }], context);
    assert.equal(cancelled.state, 'cancelled');
    const completed: Application = { ...decision, state: 'completed' };
    assert.equal(run(completed, [{ type: 'cancel-as-sanction', actor: ACTORS.head, at: wib('2026-05-06'), reason: 'Data palsu' }], context).state, 'cancelled');
    assert.equal(refusal(cancelled, { type: 'reprimand', actor: ACTORS.supervisor, at: wib('2026-03-07'), reason: 'x' }), 'application.event-not-allowed @ type');
  });

  it('APP-11 CAL-03 an outage pauses the service clock; manual records are entered afterwards with their own times, marked back-filled', () => {
    const submitted = run(imbDraft(context), [submitImb(wib('2026-03-02'))], context);
    const due = (app: Application) => {
      const deadline = applicationServiceDeadline(app, context);
      return deadline?.ok ? deadline.value.due ?? 'paused' : 'refused';
    };
    assert.equal(due(submitted), '2026-03-09', 'IMB: 5 working days after Monday 2 March');
    const declared = run(submitted, [{ type: 'declare-pause', actor: ACTORS.head, at: wib('2026-03-04', '08:00'), pauseId: 'outage-1', kind: 'outage', reason: 'Server SIMOJO mati' }], context);
    assert.equal(due(declared), 'paused');
    assert.deepEqual(dueKinds(declared, wib('2026-03-20')), [], 'a stopped clock is never missed');
    const ended = run(declared, [{ type: 'end-pause', actor: ACTORS.head, at: wib('2026-03-05', '16:00'), pauseId: 'outage-1' }], context);
    assert.equal(due(ended), '2026-03-11', 'Wednesday 4 and Thursday 5 March do not count');
    assert.deepEqual(ended.pauses.map((p) => [p.from, p.to, p.declaredBy]), [['2026-03-04', '2026-03-05', 'kadis']]);
    // The verification done on paper on 4 March is entered on 6 March with its own time.
    const manual = { type: 'verify', actor: ACTORS.admin, at: wib('2026-03-04', '10:00'), backfill: { enteredAt: wib('2026-03-06', '08:00'), manualRecord: 'Buku register manual hal. 12' } } as const;
    const step = unwrap(applyEvent(ended, manual, context));
    assert.equal(step.application.history.at(-1)?.at, wib('2026-03-04', '10:00'));
    assert.deepEqual(step.audit.backfilled, { enteredAt: wib('2026-03-06', '08:00'), manualRecord: 'Buku register manual hal. 12' });
    assert.equal(refusal(ended, { ...manual, at: wib('2026-03-03', '10:00') }), 'application.backfill-outside-pause @ at');
    assert.equal(refusal(ended, { ...manual, backfill: { ...manual.backfill, enteredAt: wib('2026-03-04', '09:00') } }), 'application.backfill-before-event @ backfill.enteredAt');
    assert.equal(refusal(ended, { ...manual, backfill: undefined } as never), 'application.out-of-order @ at');
    const notices = notificationsFor(declared, { type: 'declare-pause', actor: ACTORS.head, at: wib('2026-03-04'), pauseId: 'outage-1', kind: 'outage', reason: 'x' });
    assert.include(notices[0]?.text.id, 'tidak dihitung');
    assert.equal(refusal(ended, { type: 'end-pause', actor: ACTORS.head, at: wib('2026-03-06'), pauseId: 'outage-1' }), 'application.pause-not-open @ pauseId');
    // One declaration pauses every file under way; a draft has no clock and is left out.
    const all = applyPauseToAll([submitted, imbDraft(context), imbAwaitingDecision(context)], { type: 'declare-pause', actor: ACTORS.head, at: wib('2026-03-06'), pauseId: 'fm-1', kind: 'force-majeure', reason: 'Banjir' }, context);
    assert.deepEqual([all.applied.length, all.skipped.length], [2, 0]);
    assert.deepEqual(all.applied.map((a) => a.audit.action), ['application.declare-pause', 'application.declare-pause']);
    const resumed = applyPauseToAll(all.applied.map((a) => a.application), { type: 'end-pause', actor: ACTORS.head, at: wib('2026-03-09'), pauseId: 'fm-1' }, context);
    assert.deepEqual(resumed.applied.map((a) => a.application.pauses.at(-1)?.to), ['2026-03-09', '2026-03-09']);
  });

  it('APP-12 deemed approval ("fiktif positif") only where the municipality switched it on, once the deadline has passed', () => {
    const submitted = run(imbDraft(context), [submitImb(wib('2026-03-02'))], context);
    // Due Monday 9 March; warned from Friday 6 March; missed from Tuesday 10 March.
    assert.deepEqual(dueKinds(submitted, wib('2026-03-05')), []);
    assert.deepEqual(dueKinds(submitted, wib('2026-03-06')), ['deadline-approaching 2026-03-06']);
    assert.deepEqual(dueKinds(submitted, wib('2026-03-10')), ['deadline-missed 2026-03-10'], 'off by default');
    assert.equal(refusal(submitted, { type: 'deem-approve', actor: ACTORS.system, at: wib('2026-03-10') }), 'application.not-due @ at');
    const on = testContext({ deemedApproval: true });
    assert.deepEqual(dueKinds(submitted, wib('2026-03-09', '23:59'), on), ['deadline-approaching 2026-03-06']);
    const due = unwrap(dueActions(submitted, wib('2026-03-10'), on));
    assert.deepEqual(due.map((a) => a.kind), ['deadline-missed', 'deem-approve']);
    const noticed = run(submitted, [due[0]?.event as ApplicationEvent], on);
    const deemed = run(noticed, [{ ...(due[1]?.event as ApplicationEvent), fee: imbFee() } as ApplicationEvent], on);
    assert.deepEqual([deemed.state, deemed.decision?.outcome], ['awaiting-payment', 'deemed-approved']);
    assert.deepEqual(dueKinds(deemed, wib('2026-03-11'), on), []);
  });

  it('APP-04 AUD-01 every accepted event yields exactly one audit entry naming actor, step and states', () => {
    const step = unwrap(applyEvent(imbDraft(context), submitImb(wib('2026-03-02')), context));
    assert.equal(step.audit.action, 'application.submit');
    assert.deepEqual(step.audit.subject, { type: 'application', id: 'IMB-2026-0001' });
    assert.deepEqual(step.audit.actor, ACTORS.applicant);
    assert.deepEqual(step.audit.before, { state: 'draft' });
    assert.include(step.audit.after as object, { state: 'awaiting-verification', receiptNumber: step.application.receiptNumber });
    assert.equal(refusal(step.application, { type: 'verify', actor: { id: 'bad id with spaces', role: 'admin-officer' }, at: wib('2026-03-03') }), 'audit.entry-invalid @ actor.id');
  });

  it('APP-02 bad input is refused with a code and a path, never thrown', () => {
    const draft = imbDraft(context);
    for (const [event, expected] of [
      [null, 'application.object-required @ event'],
      [{ type: 'fly' }, 'application.event-unknown @ type'],
      [{ type: 'submit', actor: ACTORS.applicant, at: '2026-03-02' }, 'instant.invalid @ at'],
      [{ type: 'submit', actor: ACTORS.applicant, at: 'NaN' }, 'instant.invalid @ at'],
      [{ ...submitImb(wib('2026-03-02')), receiptSequence: 1.5 }, 'application.number-invalid @ receiptSequence'],
      [{ ...submitImb(wib('2026-03-02')), documents: 'all' }, 'document.list-required @ documents'],
    ] as const) {
      assert.equal(refusal(draft, event as never), expected);
    }
    const late = run(draft, [submitImb('2030-03-04T09:00:00+07:00')], context);
    const due = dueActions(late, '2030-03-05T09:00:00+07:00', context);
    assert.deepEqual(due.ok ? 'ok' : due.error.code, 'calendar.out-of-range', 'outside the holiday table: refused, not guessed');
    assert.equal(dueActions(late, 'yesterday', context).ok, false);
  });
});
