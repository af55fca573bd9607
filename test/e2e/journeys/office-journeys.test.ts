// Cross-role journeys of issue 9, driven in Debian Chromium against the real service and database: every person
// (applicant, officers, head of office, supervisor) in their own browser context, signed in with the stack's demo
// accounts, each journey ending with the audit log verified against the published checkpoint (AUD-01, AUD-02).
//   5. rejection and correction, 6. an outage with back-filled records (APP-11), 7. the inspection plan to a sanction.
import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../support/browser.js';
import { screenshotWidths } from '../../support/screenshots.js';
import { startDemoStack, type DemoStack } from '../../support/stack.js';
import { verifyPublishedAuditLog } from '../pages/audit.js';
import { currentStep, openApplication as openOfficeApplication, openBackOffice, takeAction } from '../pages/backoffice.js';
import { declareOutage, endOutage, enterManualRecord, openHeadOffice, paperInstantDuring, publicServiceStatus, wibLocal } from '../pages/head-office.js';
import { applicationIdOf, applyFor, newApplicant, openApplication as openPortalApplication, resubmitCorrection, signInAs, type ApplyDetails } from '../pages/portal.js';
import {
  makePlan, openSanctionCase, openSupervision, plannedVisits, recordPlannedInspection, registerBusiness, sanctionState, sanctionsPageReady, takeSanctionStep,
} from '../pages/supervision.js';
import { Cast } from './cast.js';

/** The sanction step of a business that did not correct the violation in time (SAN-05). */
const ESCALATE = 'Tidak diperbaiki tepat waktu: eskalasi';

/** A TDG (warehouse registration) of a person, as the permit form asks it. */
const TDG: ApplyDetails = {
  applicant: newApplicant(),
  choices: { 'Usaha dipersyaratkan Ijin Gangguan': 'Tidak' },
  numbers: { 'Luas gudang (m²)': '50' },
};

/** The demo applicant, signed in on the portal, in a browser of their own. */
async function applicantIn(cast: Cast, stack: DemoStack): Promise<Page> {
  const page = await cast.person();
  await signInAs(page, stack, 'applicant');
  return page;
}

/** An officer, signed in on the staff home, in a browser of their own. */
async function officerIn(cast: Cast, stack: DemoStack, role: string): Promise<Page> {
  const page = await cast.person();
  await openBackOffice(page, stack, role);
  return page;
}

/** The text of the applicant's tracking timeline once it shows `expected`. */
async function timelineText(page: Page, expected: string | RegExp): Promise<string> {
  const timeline = page.locator('sp-tracking-timeline');
  await timeline.getByText(expected).first().waitFor();
  return timeline.evaluate((host) => host.shadowRoot?.textContent ?? '');
}

/** Takes the shown sanction case one step; resolves with the refusal the page shows ('' when the step was recorded). */
async function sanctionStep(page: Page, what: string): Promise<string> {
  await takeSanctionStep(page, what);
  const summary = page.locator('#case-summary');
  return (await summary.isVisible()) ? (await summary.textContent()) ?? '' : '';
}

/** The office's date (WIB) `days` from today, as a date field takes it. */
function serviceDate(days: number): string {
  return new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** An instant a day from now as the `datetime-local` value (WIB) the outage form asks for, without seconds. */
function tomorrowWib(): string {
  return wibLocal(new Date(Date.now() + 86_400_000).toISOString()).slice(0, 16);
}

/** One journey's stage: its own demo stack, Chromium and cast, set up before its test and taken down after. */
function journeyStage(): { stack: DemoStack; cast: Cast } {
  const stage = {} as { stack: DemoStack; browser: Browser; cast: Cast };
  before(async () => {
    stage.stack = await startDemoStack();
    stage.browser = await launchChromium();
    stage.cast = new Cast(stage.browser);
  });
  after(async () => {
    await stage.cast?.close();
    await stage.browser?.close();
    await stage.stack?.stop();
  });
  return stage;
}

describe('journey 5: rejection and correction — returned, corrected, examined and rejected with reasons (APP-02 APP-04 APP-05)', () => {
  const stage = journeyStage();

  it('APP-02 APP-04 APP-05 the applicant corrects a returned file; the officers examine it again and the head of office rejects it; the audit log verifies', async () => {
    const { stack, cast } = stage;
    const applicant = await applicantIn(cast, stack);
    const receipt = await applyFor(applicant, stack, 'tdg', TDG);
    await screenshotWidths(applicant, 'journey5-applied');

    const admin = await officerIn(cast, stack, 'admin-officer');
    await openOfficeApplication(admin, stack, receipt);
    await screenshotWidths(admin, 'journey5-office-verification');
    const reason = 'KTP direktur tidak terbaca; unggah ulang hasil pindai yang jelas.';
    await takeAction(admin, 'Kembalikan untuk perbaikan', 'Kembalikan ke pemohon', (s) => s.getByLabel('Alasan').fill(reason));
    assert.equal(await currentStep(admin), 'Dikembalikan untuk perbaikan');
    await screenshotWidths(admin, 'journey5-office-returned');

    await openPortalApplication(applicant, stack, receipt);
    const applicationId = applicationIdOf(applicant);
    assert.include(await applicant.locator('#state').textContent(), 'Dikembalikan');
    await applicant.locator('#next').getByText(reason).waitFor();
    await screenshotWidths(applicant, 'journey5-returned');
    await resubmitCorrection(applicant, ['Fotokopi KTP']);
    assert.include(await applicant.locator('#state').textContent(), 'Menunggu verifikasi berkas');
    await screenshotWidths(applicant, 'journey5-resubmitted');

    await openOfficeApplication(admin, stack, receipt);
    const history = admin.getByRole('table', { name: 'Riwayat' });
    await history.getByText('Dikembalikan untuk perbaikan').first().waitFor();
    assert.equal(await currentStep(admin), 'Menunggu verifikasi');
    await takeAction(admin, 'Verifikasi berkas', 'Berkas lengkap', (s) => s.getByLabel(/^Catatan/).fill('KTP pengganti terbaca.'));
    await takeAction(admin, 'Validasi', 'Validasi berkas');
    assert.equal(await currentStep(admin), 'Menunggu rekomendasi teknis');

    const technical = await officerIn(cast, stack, 'technical-officer');
    await openOfficeApplication(technical, stack, receipt);
    await takeAction(technical, 'Rekomendasi teknis', 'Kirim rekomendasi', (s) => s.getByLabel('Tidak memenuhi syarat teknis').check());
    assert.equal(await currentStep(technical), 'Menunggu keputusan');

    const head = await officerIn(cast, stack, 'head-of-office');
    await openOfficeApplication(head, stack, receipt);
    const refusal = 'Lokasi gudang berada di zona permukiman (rekomendasi teknis negatif).';
    await takeAction(head, 'Tolak', 'Tolak permohonan', (s) => s.getByLabel('Alasan').fill(refusal));
    assert.equal(await currentStep(head), 'Ditolak');
    await head.getByText('Tidak ada langkah untuk peran Anda pada tahap ini.').waitFor();
    await screenshotWidths(head, 'journey5-office-rejected');

    await openPortalApplication(applicant, stack, receipt);
    assert.include(await applicant.locator('#state').textContent(), 'Ditolak');
    await applicant.getByText('Permohonan Anda ditolak.').waitFor();
    await applicant.locator('#next').getByText(refusal).waitFor();
    assert.equal(await applicant.locator('#correction').count(), 0, 'a rejection is final: nothing to correct');
    await timelineText(applicant, /Ditolak|ditolak/);
    await screenshotWidths(applicant, 'journey5-rejected');

    const log = await verifyPublishedAuditLog(stack);
    const ofApplication = log.entries.filter((entry) => entry.subjectId === applicationId).map((entry) => entry.action);
    assert.includeMembers(ofApplication, ['application.submit', 'application.return-for-correction', 'application.resubmit', 'application.verify',
      'application.validate', 'application.recommend', 'application.reject']);
    assert.isBelow(ofApplication.indexOf('application.return-for-correction'), ofApplication.indexOf('application.resubmit'));
    assert.deepEqual(cast.errors, [], `no script or CSP error: ${cast.errors.join('; ')}`);
  });
});

describe('journey 6: an outage with back-filled records (APP-11)', () => {
  const stage = journeyStage();

  it('APP-11 the head of office declares an outage, the public and the applicant are told, a step taken on paper is entered afterwards unchanged; the audit log verifies', async () => {
    const { stack, cast } = stage;
    const applicant = await applicantIn(cast, stack);
    const receipt = await applyFor(applicant, stack, 'tdg', TDG);

    const head = await cast.person();
    await openHeadOffice(head, stack);
    const declared = await declareOutage(head, { reason: 'pusat data kantor padam', expectedEnd: tomorrowWib() });
    assert.include(declared, '1 permohonan dihentikan sementara');
    assert.include(await head.locator('#public-notice .service-notice').textContent(), 'Gangguan layanan daring');
    await screenshotWidths(head, 'journey6-outage-declared');
    const status = await publicServiceStatus(stack);
    assert.equal(status.status, 'outage');
    assert.include(status.message?.id, 'pusat data kantor padam');

    await applicant.goto(`${stack.url}portal.html`);
    const notice = applicant.locator('#service-notice .service-notice');
    await notice.waitFor();
    assert.include(await notice.textContent(), 'Gangguan layanan daring');
    assert.include(await notice.textContent(), 'pusat data kantor padam');
    assert.include(await notice.textContent(), 'Perkiraan layanan pulih', 'the public is told when service resumes (P106 Pasal 13(3))');
    await screenshotWidths(applicant, 'journey6-portal-notice');
    await openPortalApplication(applicant, stack, receipt);
    const applicationId = applicationIdOf(applicant);
    const paused = await timelineText(applicant, 'Layanan dihentikan sementara');
    assert.include(paused, 'pusat data kantor padam');
    await screenshotWidths(applicant, 'journey6-applicant-paused');

    // Meanwhile the administrative officer verifies the file at the counter, on paper (APP-11: service continues manually).
    const admin = await officerIn(cast, stack, 'admin-officer');
    await openOfficeApplication(admin, stack, receipt);
    assert.include(await admin.locator('.facts').textContent(), 'Dihentikan sementara');
    await screenshotWidths(admin, 'journey6-office-paused');
    const takenOnPaper = await paperInstantDuring(status.since ?? '');
    assert.isAbove(Date.parse(takenOnPaper), Date.parse(status.since ?? ''), 'the paper step falls inside the outage');

    await openHeadOffice(head, stack);
    assert.include(await endOutage(head), 'Gangguan diakhiri: 1 permohonan berjalan lagi');
    assert.equal((await publicServiceStatus(stack)).status, 'normal');
    await screenshotWidths(head, 'journey6-outage-ended');

    const paperRecord = 'Buku register manual hal. 4 no. 17';
    const entered = await enterManualRecord(admin, stack, {
      receiptNumber: receipt, step: 'Verifikasi administrasi', at: takenOnPaper, officer: /admin-officer/, paperRecord, note: 'Berkas lengkap (dicatat di kertas).',
    });
    assert.include(entered, receipt);
    await screenshotWidths(admin, 'journey6-manual-record');

    await openOfficeApplication(admin, stack, receipt);
    assert.equal(await currentStep(admin), 'Menunggu validasi', 'the back-filled verification counts');
    const backfilled = admin.getByRole('table', { name: 'Riwayat' }).getByRole('row').filter({ hasText: `catatan manual ${paperRecord}` });
    await backfilled.waitFor();
    const shownTime = new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Jakarta' }).format(new Date(takenOnPaper));
    assert.include((await backfilled.textContent())?.replace(/\./g, ':'), shownTime.replace(/\./g, ':'), 'the step keeps the time it was taken on paper');
    await takeAction(admin, 'Validasi', 'Validasi berkas');
    assert.equal(await currentStep(admin), 'Menunggu rekomendasi teknis');
    await screenshotWidths(admin, 'journey6-office-resumed');

    await applicant.goto(`${stack.url}portal.html`);
    await applicant.locator('#greeting:not(:empty)').waitFor();
    assert.equal(await applicant.locator('#service-notice').textContent(), '', 'service is normal again: no notice');
    await openPortalApplication(applicant, stack, receipt);
    assert.include(await applicant.locator('#state').textContent(), 'rekomendasi teknis');
    await timelineText(applicant, 'Layanan dihentikan sementara');
    await screenshotWidths(applicant, 'journey6-applicant-resumed');

    const log = await verifyPublishedAuditLog(stack);
    assert.lengthOf(log.actions.filter((action) => action === 'service.status-declared'), 2, 'declared, then ended');
    const ofApplication = log.entries.filter((entry) => entry.subjectId === applicationId).map((entry) => entry.action);
    assert.includeMembers(ofApplication, ['application.submit', 'application.declare-pause', 'application.end-pause', 'application.verify',
      'application.manual-record-entered', 'application.validate']);
    assert.isBelow(ofApplication.indexOf('application.end-pause'), ofApplication.indexOf('application.manual-record-entered'), 'entered after the outage');
    assert.deepEqual(cast.errors, [], `no script or CSP error: ${cast.errors.join('; ')}`);
  });
});

describe('journey 7: the inspection plan to a sanction (SUP-02 SUP-05 SUP-07 SAN-03 SAN-04)', () => {
  const business = { nib: '8120000000707', name: 'PT Gudang Kimia Contoh', scale: 'Besar', location: 'Jl. Raya Industri 7, Mojokerto', risk: 'Tinggi' } as const;
  const stage = journeyStage();

  it('SUP-05 SUP-07 SAN-03 SAN-04 a planned inspection finds a violation; coaching comes first and, its correction date passed, the licence is revoked; the audit log verifies', async () => {
    const { stack, cast } = stage;
    const supervisor = await cast.person();
    await openSupervision(supervisor, stack);
    await registerBusiness(supervisor, business);
    await makePlan(supervisor);
    const planned = await plannedVisits(supervisor, business.name);
    assert.equal(planned.maxPerYear, 2, 'high risk: at most twice a year (SUP-02)');
    await screenshotWidths(supervisor, 'journey7-plan');

    const bap = await recordPlannedInspection(supervisor, business.name, {
      indicator: 'Kesesuaian kegiatan dengan izin', compliant: false, note: 'Gudang menyimpan bahan kimia B3; izin hanya untuk barang umum',
      inspector: 'Sari Dewi', refusal: 'Direktur menolak menandatangani',
    });
    const result = await supervisor.locator('#inspection-result').textContent();
    assert.include(result, 'Tidak patuh: Kesesuaian kegiatan dengan izin');
    assert.include(result, 'BAP tetap sah (SUP-07)');
    await screenshotWidths(supervisor, 'journey7-inspection');

    await supervisor.getByRole('link', { name: 'Buka kasus sanksi untuk pelanggaran ini' }).click();
    await sanctionsPageReady(supervisor);
    assert.equal(await supervisor.getByLabel('Catatan (tidak wajib)').first().inputValue(), `BAP ${bap}`, 'the case cites the BAP');
    const correctBy = serviceDate(5);
    await supervisor.getByLabel('Batas akhir perbaikan setelah pembinaan (tidak wajib)').fill(correctBy);
    const caseId = await openSanctionCase(supervisor, /^Kegiatan usaha tidak sesuai dengan Perizinan Berusaha/);
    assert.equal(await sanctionState(supervisor), 'Pembinaan', 'coaching comes first, even for a heavy violation (SAN-04)');
    assert.include(await supervisor.locator('#case dl').textContent(), 'Berat');
    await screenshotWidths(supervisor, 'journey7-case-opened');

    assert.include(await sanctionStep(supervisor, ESCALATE), 'belum lewat', 'no sanction while the business may still correct');
    assert.equal(await sanctionState(supervisor), 'Pembinaan');

    // Ten days pass: the correction date is over and the business has not corrected.
    await stack.restartService({ SATUPINTU_CLOCK_OFFSET_DAYS: '10' });
    const head = await cast.person();
    await signInAs(head, stack, 'head-of-office', `sanctions.html?case=${encodeURIComponent(caseId)}`);
    await head.locator('#case-heading').waitFor();
    const due = head.locator('#case li').filter({ hasText: 'Pembinaan → Pencabutan perizinan' });
    await due.waitFor();
    assert.match((await due.textContent()) ?? '', /terlewati \d+ hari kerja/);
    await screenshotWidths(head, 'journey7-escalation-due');
    assert.equal(await sanctionStep(head, ESCALATE), '', 'coaching failed: the sanction of a heavy violation (SAN-03)');
    assert.equal(await sanctionState(head), 'Pencabutan perizinan');
    assert.lengthOf(await head.locator('#case table tbody tr').all(), 2, 'opened, revoked: every step is recorded (SAN-04)');
    assert.isTrue(await head.locator('#step-form').isHidden(), 'a revoked case takes no further step');
    await screenshotWidths(head, 'journey7-revoked');

    const log = await verifyPublishedAuditLog(stack);
    for (const action of ['business.registered', 'supervision.plan-made', 'inspection.recorded', 'sanction.opened', 'sanction.not-corrected']) {
      assert.include(log.actions, action);
    }
    assert.deepEqual(cast.errors, [], `no script or CSP error: ${cast.errors.join('; ')}`);
  });
});
