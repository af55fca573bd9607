import { describe, it } from 'node:test';
import { assert } from 'chai';
import { unwrap } from '../result.js';
import { calculateFee } from '../fees/calculate-fee.js';
import { applyEvent } from './apply-event.js';
import type { Application } from './application.js';
import { dueActions } from './due-actions.js';
import type { ApplicationEvent } from './events.js';
import { isValidReceiptNumber } from './receipt-number.js';
import { applicationServiceDeadline } from './service-deadline.js';
import { checkSigningPin, issueSigningPin } from './signing-pin.js';
import { ACTORS, IMB_PERSON_DOCUMENTS, imbDraft, testContext, wib } from './test-support.js';

/** The table of docs/guides/worked-example-imb.md: every value below is computed by the code in this test. */
const EXPECTED: readonly (readonly [string, string])[] = [
  ['Receipt number', 'MJK-20260316-000017-G'],
  ['File complete (service clock starts)', '2026-03-16'],
  ['Service deadline (IMB, 5 working days)', '2026-03-30'],
  ['Deadline warning due', '2026-03-27'],
  ['SKRD number', 'SKRD/IMB/2026/000042'],
  ['SKRD amount', 'Rp 9,000,000'],
  ['Payment due (10 working days)', '2026-04-14'],
  ['Survey requested', '2026-04-09'],
  ['Survey reminder 1', '2026-04-11'],
  ['Survey reminder 2', '2026-04-13'],
  ['Survey reminder 3', '2026-04-15'],
  ['Suspension for the missing survey', '2026-04-16'],
  ['Handover', '2026-04-20'],
];

const secret = new TextEncoder().encode('mojokerto-pin-secret-2026');
const counter = (): ((n: number) => Uint8Array) => {
  let i = 0;
  return (n) => Uint8Array.from({ length: n }, () => (i++ * 37 + 11) % 256);
};

/** The scheduler: applies every due action at `now` (what a nightly job does). */
function tick(app: Application, now: string, context: ReturnType<typeof testContext>, seen: [string, string][]): Application {
  for (const action of unwrap(dueActions(app, now, context))) {
    seen.push([action.kind, action.dueOn]);
    app = unwrap(applyEvent(app, action.event, context)).application;
  }
  return app;
}

describe('worked example: an IMB across the 2026 Idul Fitri holidays', () => {
  it('APP-01 CAL-05 one IMB from registration to handover, every date computed by the code', async () => {
    const context = testContext();
    const apply = (app: Application, event: ApplicationEvent) => unwrap(applyEvent(app, event, context)).application;
    const found: [string, string][] = [];
    const seen: [string, string][] = [];

    let app = imbDraft(context, wib('2026-03-16', '08:00'));
    app = apply(app, { type: 'submit', actor: ACTORS.applicant, at: wib('2026-03-16', '09:00'), documents: IMB_PERSON_DOCUMENTS, declaration: true, receiptSequence: 17 });
    found.push(['Receipt number', app.receiptNumber as string], ['File complete (service clock starts)', app.completeOn as string]);
    assert.isTrue(isValidReceiptNumber(app.receiptNumber));
    const deadline = applicationServiceDeadline(app, context);
    found.push(['Service deadline (IMB, 5 working days)', deadline?.ok ? (deadline.value.due as string) : 'refused']);

    app = apply(app, { type: 'verify', actor: ACTORS.admin, at: wib('2026-03-17', '10:00') });
    app = apply(app, { type: 'validate', actor: ACTORS.admin, at: wib('2026-03-17', '14:00') });
    app = apply(app, { type: 'recommend', actor: ACTORS.technical, at: wib('2026-03-26', '10:00'), favourable: true, assignmentLetter: '600/45/PUPR/2026' });
    assert.deepEqual(unwrap(dueActions(app, wib('2026-03-26', '23:00'), context)), [], 'nothing due on Thursday 26 March');
    app = tick(app, wib('2026-03-27', '07:00'), context, seen);
    found.push(['Deadline warning due', seen.find(([k]) => k === 'deadline-approaching')?.[1] as string]);

    const assessment = unwrap(calculateFee('imb', { areaM2: 120, storeys: 1, use: 'housing' }, { imb: { basePricePerM2: 50_000 } }));
    app = apply(app, { type: 'approve', actor: ACTORS.head, at: wib('2026-03-30', '10:00'), fee: { assessment, sequence: 42 } });
    const skrd = app.skrd;
    assert.exists(skrd);
    found.push(['SKRD number', skrd?.number as string], ['SKRD amount', `Rp ${skrd?.amount.toLocaleString('en-US')}`], ['Payment due (10 working days)', skrd?.dueDate as string]);

    app = apply(app, { type: 'record-payment', actor: ACTORS.bank, at: wib('2026-04-08', '11:00'), amount: 9_000_000, reference: 'BJTM-20260408-7781' });
    const issued = unwrap(await issueSigningPin({ random: counter(), now: wib('2026-04-09', '09:00'), secret, ttlSeconds: 300, officialId: ACTORS.signer.id, applicationId: app.id }));
    const check = unwrap(await checkSigningPin(issued.challenge, issued.pin, wib('2026-04-09', '09:02'), secret));
    assert.equal(check.status, 'ok');
    if (check.status !== 'ok') return;
    app = apply(app, { type: 'sign', actor: ACTORS.signer, at: wib('2026-04-09', '09:03'), confirmation: check.confirmation });
    app = apply(app, { type: 'assign-number', actor: ACTORS.admin, at: wib('2026-04-09', '10:00'), permitNumber: '503/0117/IMB/417.302/2026' });
    app = apply(app, { type: 'print', actor: ACTORS.admin, at: wib('2026-04-09', '11:00') });
    found.push(['Survey requested', app.survey.requestedOn as string]);

    for (const day of ['2026-04-10', '2026-04-11', '2026-04-12', '2026-04-13', '2026-04-14', '2026-04-15', '2026-04-16']) {
      app = tick(app, wib(day, '07:00'), context, seen);
    }
    seen.filter(([k]) => k === 'send-survey-reminder').forEach(([, on], i) => found.push([`Survey reminder ${i + 1}`, on]));
    found.push(['Suspension for the missing survey', seen.find(([k]) => k === 'suspend-for-survey')?.[1] as string]);
    assert.equal(app.state, 'suspended-survey');

    app = apply(app, { type: 'submit-survey', actor: ACTORS.applicant, at: wib('2026-04-17', '08:00'), responseId: 'ikm-2026-00311' });
    app = apply(app, { type: 'hand-over', actor: ACTORS.admin, at: wib('2026-04-20', '10:00'), method: 'courier', skrdIncluded: true });
    found.push(['Handover', context.calendar.dateOf(app.handover?.at as string)]);
    assert.equal(app.state, 'completed');

    assert.deepEqual(found, EXPECTED.map(([k, v]) => [k, v]));
    assert.deepEqual(app.history.map((h) => h.to), [
      'awaiting-verification', 'awaiting-validation', 'awaiting-technical-recommendation', 'awaiting-decision', 'awaiting-decision',
      'awaiting-payment', 'awaiting-signature', 'awaiting-numbering', 'awaiting-printing', 'awaiting-survey',
      'awaiting-survey', 'awaiting-survey', 'awaiting-survey', 'suspended-survey', 'awaiting-handover', 'completed',
    ]);
  });

  it('APP-01 the guide docs/guides/worked-example-imb.md shows exactly these values (checked where files can be read)', () => {
    // Only Node can read the guide; in the browser the first test's values stand alone.
    const host = globalThis as { process?: { getBuiltinModule?: (id: string) => unknown; cwd?: () => string } };
    const fs = host.process?.getBuiltinModule?.('node:fs') as { readFileSync(path: string, encoding: 'utf8'): string } | undefined;
    if (fs === undefined || host.process?.cwd === undefined) return;
    const guide = fs.readFileSync(`${host.process.cwd()}/docs/guides/worked-example-imb.md`, 'utf8');
    for (const [label, value] of EXPECTED) assert.include(guide, `| ${label} | ${value} |`, label);
  });
});
