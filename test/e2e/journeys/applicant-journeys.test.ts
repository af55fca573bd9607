// Cross-role journeys of issue 9 from the applicant's side, driven in Debian Chromium against the real service and
// database: the applicant and each officer in their own browser context, signed in with the stack's accounts, each
// journey ending with the audit log verified against the published checkpoint (AUD-01, AUD-02).
//   1. registration to handover, fee-bearing; 2. the same without a fee; 3. payment lapse (APP-06);
//   4. survey suspension (APP-08).
// Only the bank (the portal's demo-bank button) and the passing of time (the service restarted with its clock ahead)
// are not people. Granting the access request is over the API: the back office has no page for it yet.
import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../support/browser.js';
import { screenshotWidths } from '../../support/screenshots.js';
import { startDemoStack, type DemoStack } from '../../support/stack.js';
import { verifyPublishedAuditLog, type VerifiedLog } from '../pages/audit.js';
import {
  currentStep, decideAccessRequest, openAccessRequests, openApplication as openOfficeApplication, openBackOffice, signWithPin, takeAction,
} from '../pages/backoffice.js';
import {
  applicationIdOf, applyFor, FAST_OUTBOX_ENV, newApplicant, openApplication as openPortalApplication, openPermit, payAtDemoBank,
  registerApplicant, signInAs, takeSurvey, type ApplyDetails,
} from '../pages/portal.js';
import { Cast } from './cast.js';


/** A TDG (warehouse registration, FEE-04: Rp 25.000 + 14 m² × Rp 1.000 = Rp 39.000 for 50 m²). */
function tdg(applicant: ApplyDetails['applicant']): ApplyDetails {
  return { applicant, choices: { 'Usaha dipersyaratkan Ijin Gangguan': 'Tidak' }, numbers: { 'Luas gudang (m²)': '50' } };
}
const TDG_FEE_INPUT = '{"areaM2": 50}';

/** A small SIUP, which the head of office approves as exempt (FEE-02: a small individual trader pays nothing). */
function siup(applicant: ApplyDetails['applicant']): ApplyDetails {
  return { applicant, choices: { 'Golongan SIUP': 'SIUP Kecil' } };
}
const SIUP_EXEMPT_FEE_INPUT = '{"size": "small", "exemption": "small-individual-trader"}';

/**
 * The stage of the journeys: one demo stack and browser for all (each journey has its own applicant, application and
 * people), whose clock only moves forward (see {@link letDaysPass}).
 */
interface Stage {
  readonly stack: DemoStack;
  /** A new cast for one journey. */
  cast(): Cast;
  /** Days the service's clock runs ahead of the real one. */
  daysAhead: number;
}

function journeyStage(): Stage {
  let browser: Browser | undefined;
  const casts: Cast[] = [];
  const stage = {
    daysAhead: 0,
    cast() {
      if (!browser) throw new Error('the stage is not set up');
      const cast = new Cast(browser);
      casts.push(cast);
      return cast;
    },
  } as Stage & { stack: DemoStack };
  before(async () => {
    stage.stack = await startDemoStack(FAST_OUTBOX_ENV);
    browser = await launchChromium();
  });
  after(async () => {
    for (const cast of casts) await cast.close();
    await browser?.close();
    await stage.stack?.stop();
  });
  return stage;
}

/**
 * Lets `days` pass: restarts the permit service on the same data with its clock that much further ahead; its
 * scheduler then does the work fallen due. Sessions may not survive the jump: sign in again afterwards.
 */
async function letDaysPass(stage: Stage, days: number): Promise<void> {
  stage.daysAhead += days;
  await stage.stack.restartService({ SATUPINTU_CLOCK_OFFSET_DAYS: String(stage.daysAhead) });
}

/** An officer, signed in on the staff home, in a browser of their own. */
async function officerIn(cast: Cast, stack: DemoStack, role: string): Promise<Page> {
  const page = await cast.person();
  await openBackOffice(page, stack, role);
  return page;
}

/** The administrative officer grants `email`'s access request on the back office's access-request page (ACC-02). */
async function grantOnBackOffice(cast: Cast, stack: DemoStack, email: string): Promise<void> {
  const admin = await officerIn(cast, stack, 'admin-officer');
  await openAccessRequests(admin, stack);
  assert.include(await decideAccessRequest(admin, email, { granted: true }), 'diberikan');
}

/** The state the applicant's application page shows. */
async function portalState(page: Page): Promise<string> {
  return ((await page.locator('#state').textContent()) ?? '').trim();
}

/**
 * Reloads the applicant's application page until it shows `state` (the service's scheduler does due work a moment
 * after it starts); a minute at most.
 */
async function reloadUntilState(page: Page, state: string): Promise<void> {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    await page.locator('#state:not(:empty)').waitFor();
    if ((await portalState(page)).includes(state)) return;
    await page.waitForTimeout(1000);
    await page.reload();
  }
  throw new Error(`the application page never showed “${state}”; it shows “${await portalState(page)}”`);
}

/**
 * The applicant reads the service's message containing `text` on the demo inbox page (where the demo's SMS and
 * e-mails arrive), in a second tab, refreshing until it has come (the outbox delivers every second); a minute at most.
 */
async function readInInbox(page: Page, stack: DemoStack, text: string, screenshot?: string): Promise<void> {
  const inbox = await page.context().newPage();
  try {
    await inbox.goto(`${stack.url}inbox.html`);
    for (let attempt = 0; attempt < 60; attempt += 1) {
      await inbox.locator('#refresh:not([disabled])').waitFor();
      if (await inbox.getByRole('table', { name: 'Pesan, terbaru dahulu' }).getByText(text, { exact: false }).count() > 0) {
        if (screenshot) await screenshotWidths(inbox, screenshot);
        return;
      }
      await inbox.waitForTimeout(1000);
      await inbox.getByRole('button', { name: 'Muat ulang' }).click();
    }
    throw new Error(`no message “${text}” in the demo inbox`);
  } finally {
    await inbox.close();
  }
}

/** The officers who examined and decided an application, each on their own page. */
interface Officers {
  readonly admin: Page;
  readonly technical: Page;
  readonly head: Page;
}

/** The administrative officer verifies and validates, the technical officer recommends, the head of office approves. */
async function examineAndApprove(cast: Cast, stack: DemoStack, receipt: string, feeInput: string, journey: string): Promise<Officers> {
  const admin = await officerIn(cast, stack, 'admin-officer');
  await openOfficeApplication(admin, stack, receipt);
  assert.equal(await currentStep(admin), 'Menunggu verifikasi');
  await admin.getByRole('link', { name: /^Unduh / }).first().waitFor();
  await screenshotWidths(admin, `${journey}-office-verification`);
  await takeAction(admin, 'Verifikasi berkas', 'Berkas lengkap', (s) => s.getByLabel(/^Catatan/).fill('Berkas lengkap dan terbaca.'));
  await takeAction(admin, 'Validasi', 'Validasi berkas');
  assert.equal(await currentStep(admin), 'Menunggu rekomendasi teknis');

  const technical = await officerIn(cast, stack, 'technical-officer');
  await openOfficeApplication(technical, stack, receipt);
  await takeAction(technical, 'Rekomendasi teknis', 'Kirim rekomendasi', async (s) => {
    await s.getByLabel('Memenuhi syarat teknis (rekomendasi positif)').check();
    await s.getByLabel(/^Nomor surat tugas/).fill('ST-7/2026');
  });
  assert.equal(await currentStep(technical), 'Menunggu keputusan');
  await screenshotWidths(technical, `${journey}-office-recommended`);

  const head = await officerIn(cast, stack, 'head-of-office');
  await openOfficeApplication(head, stack, receipt);
  await screenshotWidths(head, `${journey}-office-decision`);
  await takeAction(head, 'Setujui', 'Setujui permohonan', (s) => s.getByLabel('Data perhitungan retribusi (JSON)').fill(feeInput));
  return { admin, technical, head };
}

/** The signing official signs with the PIN from the SMS (APP-07); the administrative officer numbers and prints. */
async function signNumberAndPrint(cast: Cast, stack: DemoStack, admin: Page, receipt: string, permitNumber: string, journey: string): Promise<void> {
  const official = await officerIn(cast, stack, 'signing-official');
  await openOfficeApplication(official, stack, receipt);
  await screenshotWidths(official, `${journey}-office-signature`);
  await signWithPin(official, stack, receipt);
  assert.equal(await currentStep(official), 'Menunggu penomoran');

  await openOfficeApplication(admin, stack, receipt);
  await takeAction(admin, 'Penomoran izin', 'Simpan nomor izin', (s) => s.getByLabel('Nomor izin').fill(permitNumber));
  await takeAction(admin, 'Pencetakan', 'Catat sudah dicetak');
  assert.equal(await currentStep(admin), 'Menunggu survei IKM pemohon');
  await screenshotWidths(admin, `${journey}-office-printed`);
}

/** The administrative officer records the handover (APP-09) and sees the application completed. */
async function handOver(admin: Page, stack: DemoStack, receipt: string, method: string, withSkrd: boolean, journey: string): Promise<void> {
  await openOfficeApplication(admin, stack, receipt);
  await takeAction(admin, 'Penyerahan izin', 'Catat penyerahan', async (s) => {
    await s.getByLabel(method).check();
    if (withSkrd) await s.getByLabel('SKRD disertakan bersama dokumen izin').check();
  });
  assert.equal(await currentStep(admin), 'Selesai');
  await admin.getByRole('table', { name: 'Riwayat' }).getByText('Diserahkan').waitFor();
  await screenshotWidths(admin, `${journey}-office-completed`);
}

/** The actions the verified log records on one subject (an application, by its id), oldest first. */
function actionsOn(log: VerifiedLog, subjectId: string): string[] {
  return log.entries.filter((entry) => entry.subjectId === subjectId).map((entry) => entry.action);
}

/** `expected` occur in `actions` in this order (other actions may come between them). */
function assertInOrder(actions: readonly string[], expected: readonly string[]): void {
  let from = 0;
  for (const action of expected) {
    const at = actions.indexOf(action, from);
    assert.isAtLeast(at, 0, `the audit log records ${action} after ${expected.slice(0, expected.indexOf(action)).join(', ') || 'the start'}: ${actions.join(', ')}`);
    from = at + 1;
  }
}

const EXAMINED = ['application.submit', 'application.verify', 'application.validate', 'application.recommend', 'application.approve'];

describe('applicant journeys 1–4 (issue 9): one demo stack, each journey with its own applicant, application and people', () => {
  const stage = journeyStage();

  it('journey 1 ACC-01 ACC-02 APP-01 APP-03 APP-05 APP-06 APP-07 APP-08 APP-09 a new applicant registers, applies for a fee-bearing TDG, pays, is surveyed and receives the permit; the audit log verifies', async () => {
    const { stack } = stage;
    const cast = stage.cast();
    const applicant = await cast.person();
    const person = await registerApplicant(applicant, stack, newApplicant());
    assert.include(await applicant.locator('#confirmation').textContent(), 'menunggu keputusan petugas');
    await screenshotWidths(applicant, 'journey1-registered');
    await grantOnBackOffice(cast, stack, person.email);
    await signInAs(applicant, stack, person);
    await applicant.getByText(`Selamat datang, ${person.name}.`).waitFor();
    await screenshotWidths(applicant, 'journey1-portal');

    const receipt = await applyFor(applicant, stack, 'tdg', tdg(person));
    await screenshotWidths(applicant, 'journey1-receipt');
    await openPortalApplication(applicant, stack, receipt);
    assert.equal(await portalState(applicant), 'Menunggu verifikasi berkas');
    const applicationId = applicationIdOf(applicant);
    await screenshotWidths(applicant, 'journey1-submitted');

    const { admin, head } = await examineAndApprove(cast, stack, receipt, TDG_FEE_INPUT, 'journey1');
    assert.equal(await currentStep(head), 'Menunggu pembayaran retribusi');
    assert.include(await head.locator('.facts').textContent(), 'SKRD');

    await openPortalApplication(applicant, stack, receipt);
    assert.equal(await portalState(applicant), 'Menunggu pembayaran retribusi');
    const skrd = (await applicant.locator('#next').textContent()) ?? '';
    assert.match(skrd, /Rp\s?39\.000/, 'FEE-04: the SKRD amount for 50 m²');
    for (const fact of ['Nomor SKRD', 'Kode bayar', 'Bayar paling lambat', 'Bank Jatim (contoh)', '0011223344']) assert.include(skrd, fact);
    await screenshotWidths(applicant, 'journey1-skrd');
    await payAtDemoBank(applicant);
    assert.equal(await portalState(applicant), 'Menunggu tanda tangan');
    await screenshotWidths(applicant, 'journey1-paid');

    await signNumberAndPrint(cast, stack, admin, receipt, '503/TDG/0001/2026', 'journey1');

    await openPortalApplication(applicant, stack, receipt);
    assert.equal(await portalState(applicant), 'Menunggu survei kepuasan Anda');
    await applicant.getByText('Isi survei kepuasan; setelah itu izin Anda diserahkan (APP-08).').waitFor();
    await screenshotWidths(applicant, 'journey1-survey');
    await takeSurvey(applicant);
    assert.equal(await portalState(applicant), 'Siap diserahkan');

    await handOver(admin, stack, receipt, 'Diantar kurir (bersama SKRD)', true, 'journey1');

    await openPortalApplication(applicant, stack, receipt);
    assert.equal(await portalState(applicant), 'Selesai: izin sudah diserahkan');
    const permit = (await (await openPermit(applicant)).textContent()) ?? '';
    for (const fact of ['503/TDG/0001/2026', person.name, receipt, 'lewat kurir']) assert.include(permit, fact);
    await screenshotWidths(applicant, 'journey1-permit');

    const log = await verifyPublishedAuditLog(stack);
    assertInOrder(log.actions, ['account.requested', 'account.granted']);
    assertInOrder(actionsOn(log, applicationId), [...EXAMINED, 'application.record-payment', 'application.sign', 'application.assign-number',
      'application.print', 'application.submit-survey', 'application.hand-over']);
    assert.deepEqual(cast.errors, [], `no script or CSP error: ${cast.errors.join('; ')}`);
  });

  it('journey 2 ACC-01 ACC-02 APP-01 FEE-02 APP-07 APP-08 APP-09 a new applicant’s SIUP approved as exempt goes to handover with nothing to pay; the audit log verifies', async () => {
    const { stack } = stage;
    const cast = stage.cast();
    const applicant = await cast.person();
    const person = await registerApplicant(applicant, stack, { ...newApplicant(), name: 'Sri Wahyuni' });
    await screenshotWidths(applicant, 'journey2-registered');
    await grantOnBackOffice(cast, stack, person.email);
    await signInAs(applicant, stack, person);
    await applicant.getByText(`Selamat datang, ${person.name}.`).waitFor();

    const receipt = await applyFor(applicant, stack, 'siup', siup(person));
    await screenshotWidths(applicant, 'journey2-receipt');
    await openPortalApplication(applicant, stack, receipt);
    const applicationId = applicationIdOf(applicant);

    const { admin, head } = await examineAndApprove(cast, stack, receipt, SIUP_EXEMPT_FEE_INPUT, 'journey2');
    assert.equal(await currentStep(head), 'Menunggu tanda tangan', 'FEE-02: exempt, so no payment step');

    await openPortalApplication(applicant, stack, receipt);
    assert.equal(await portalState(applicant), 'Menunggu tanda tangan');
    assert.equal(await applicant.getByRole('button', { name: 'Bayar di bank contoh' }).count(), 0, 'nothing to pay');
    await applicant.getByText('Tidak ada yang perlu Anda lakukan sekarang', { exact: false }).waitFor();
    await screenshotWidths(applicant, 'journey2-approved-no-fee');

    await signNumberAndPrint(cast, stack, admin, receipt, '503/SIUP/0001/2026', 'journey2');

    await openPortalApplication(applicant, stack, receipt);
    await takeSurvey(applicant, [3, 3, 4, 4, 3, 3, 4, 4, 3]);
    assert.equal(await portalState(applicant), 'Siap diserahkan');
    await screenshotWidths(applicant, 'journey2-surveyed');

    await handOver(admin, stack, receipt, 'Diambil di kantor', false, 'journey2');

    await openPortalApplication(applicant, stack, receipt);
    assert.equal(await portalState(applicant), 'Selesai: izin sudah diserahkan');
    const permit = (await (await openPermit(applicant)).textContent()) ?? '';
    for (const fact of ['503/SIUP/0001/2026', person.name, 'di kantor']) assert.include(permit, fact);
    await screenshotWidths(applicant, 'journey2-permit');

    const log = await verifyPublishedAuditLog(stack);
    const actions = actionsOn(log, applicationId);
    assertInOrder(actions, [...EXAMINED, 'application.sign', 'application.assign-number', 'application.print', 'application.submit-survey', 'application.hand-over']);
    assert.notInclude(actions, 'application.record-payment', 'FEE-02: nothing was paid');
    assert.deepEqual(cast.errors, [], `no script or CSP error: ${cast.errors.join('; ')}`);
  });

  it('journey 3 APP-05 APP-06 an approved TDG left unpaid past its 10 working days lapses; the applicant is told to apply again; the audit log verifies', async () => {
    const { stack } = stage;
    const cast = stage.cast();
    const applicant = await cast.person();
    await signInAs(applicant, stack, 'applicant');
    const receipt = await applyFor(applicant, stack, 'tdg', tdg(newApplicant()));
    await openPortalApplication(applicant, stack, receipt);
    const applicationId = applicationIdOf(applicant);

    const { head } = await examineAndApprove(cast, stack, receipt, TDG_FEE_INPUT, 'journey3');
    assert.equal(await currentStep(head), 'Menunggu pembayaran retribusi');

    await openPortalApplication(applicant, stack, receipt);
    const skrd = (await applicant.locator('#next').textContent()) ?? '';
    assert.include(skrd, 'bila tidak dibayar sampai tanggal jatuh tempo, permohonan batal');
    assert.include(skrd, 'Bayar paling lambat');
    await screenshotWidths(applicant, 'journey3-skrd');

    // Twenty days pass (more than 10 working days); sessions may not survive the jump, so everyone signs in again.
    await letDaysPass(stage, 20);
    await signInAs(applicant, stack, 'applicant', 'applications.html');
    await openPortalApplication(applicant, stack, receipt);
    await reloadUntilState(applicant, 'Batal: retribusi tidak dibayar tepat waktu');
    await applicant.getByText('Retribusi tidak dibayar sampai jatuh tempo; permohonan batal (APP-06).', { exact: false }).waitFor();
    assert.equal(await applicant.getByRole('button', { name: 'Bayar di bank contoh' }).count(), 0, 'a lapsed SKRD cannot be paid');
    const again = applicant.getByRole('link', { name: 'Ajukan lagi' });
    assert.include(await again.getAttribute('href'), 'apply.html?type=tdg');
    await screenshotWidths(applicant, 'journey3-lapsed');
    await readInInbox(applicant, stack, `Retribusi ${receipt} tidak dibayar tepat waktu`, 'journey3-inbox-lapse');

    const admin = await officerIn(cast, stack, 'admin-officer');
    await openOfficeApplication(admin, stack, receipt);
    assert.equal(await currentStep(admin), 'Retribusi kedaluwarsa');
    const lapse = admin.getByRole('table', { name: 'Riwayat' }).getByRole('row').filter({ hasText: 'Retribusi kedaluwarsa' });
    assert.include(await lapse.first().textContent(), 'Sistem', 'the scheduler, not a person, recorded the lapse');
    await admin.getByText('Tidak ada langkah untuk peran Anda pada tahap ini.').waitFor();
    await screenshotWidths(admin, 'journey3-office-lapsed');

    await again.click();
    await applicant.locator('sp-permit-form').getByRole('button', { name: 'Lanjutkan' }).waitFor();
    await screenshotWidths(applicant, 'journey3-apply-again');

    const log = await verifyPublishedAuditLog(stack);
    const actions = actionsOn(log, applicationId);
    assertInOrder(actions, [...EXAMINED, 'application.lapse-payment']);
    assert.notInclude(actions, 'application.record-payment');
    assert.deepEqual(cast.errors, [], `no script or CSP error: ${cast.errors.join('; ')}`);
  });

  it('journey 4 APP-08 APP-09 a permit awaiting the survey is reminded of it 3 times, suspended after 6 days unfilled, resumes when the applicant fills it in, and is handed over; the audit log verifies', async () => {
    const { stack } = stage;
    const cast = stage.cast();
    const applicant = await cast.person();
    await signInAs(applicant, stack, 'applicant');
    const receipt = await applyFor(applicant, stack, 'tdg', tdg(newApplicant()));

    const { admin } = await examineAndApprove(cast, stack, receipt, TDG_FEE_INPUT, 'journey4');
    await openPortalApplication(applicant, stack, receipt);
    const applicationId = applicationIdOf(applicant);
    await payAtDemoBank(applicant);
    await signNumberAndPrint(cast, stack, admin, receipt, '503/TDG/0002/2026', 'journey4');

    await openPortalApplication(applicant, stack, receipt);
    assert.equal(await portalState(applicant), 'Menunggu survei kepuasan Anda');
    await screenshotWidths(applicant, 'journey4-survey-asked');

    // Days pass without the survey: a reminder every 2 days, 3 times, then the suspension after 6 days (on the 7th).
    for (const reminder of [1, 2, 3]) {
      await letDaysPass(stage, 2);
      await readInInbox(applicant, stack, `Pengingat ${reminder}: isi survei kepuasan masyarakat untuk ${receipt}`, reminder === 3 ? 'journey4-inbox-reminders' : undefined);
    }
    await signInAs(applicant, stack, 'applicant', 'applications.html'); // sessions do not outlive the days passed
    await openPortalApplication(applicant, stack, receipt);
    assert.equal(await portalState(applicant), 'Menunggu survei kepuasan Anda', 'reminded, not yet suspended');
    await letDaysPass(stage, 1);
    await signInAs(applicant, stack, 'applicant', 'applications.html');
    await openPortalApplication(applicant, stack, receipt);
    await reloadUntilState(applicant, 'Ditunda: survei kepuasan belum diisi');
    await applicant.getByText('Proses permohonan ditunda sampai Anda mengisi survei kepuasan (APP-08).').waitFor();
    await screenshotWidths(applicant, 'journey4-suspended');
    await readInInbox(applicant, stack, `Proses ${receipt} ditangguhkan sampai survei kepuasan masyarakat diisi`, 'journey4-inbox-suspension');

    await openBackOffice(admin, stack, 'admin-officer');
    await openOfficeApplication(admin, stack, receipt);
    assert.equal(await currentStep(admin), 'Ditunda: survei IKM belum diisi');
    await admin.getByText('Tidak ada langkah untuk peran Anda pada tahap ini.').waitFor();
    await screenshotWidths(admin, 'journey4-office-suspended');

    await takeSurvey(applicant);
    assert.equal(await portalState(applicant), 'Siap diserahkan', 'the survey lifts the suspension');
    await screenshotWidths(applicant, 'journey4-resumed');

    await handOver(admin, stack, receipt, 'Dikirim lewat pos', true, 'journey4');
    await openPortalApplication(applicant, stack, receipt);
    assert.equal(await portalState(applicant), 'Selesai: izin sudah diserahkan');
    assert.include((await (await openPermit(applicant)).textContent()) ?? '', 'lewat pos');
    await screenshotWidths(applicant, 'journey4-permit');

    const log = await verifyPublishedAuditLog(stack);
    assertInOrder(actionsOn(log, applicationId), [...EXAMINED, 'application.record-payment', 'application.sign', 'application.assign-number',
      'application.print', 'application.send-survey-reminder', 'application.send-survey-reminder', 'application.send-survey-reminder',
      'application.suspend-for-survey', 'application.submit-survey', 'application.hand-over']);
    assert.deepEqual(cast.errors, [], `no script or CSP error: ${cast.errors.join('; ')}`);
  });
});
