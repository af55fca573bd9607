// The back office in Debian Chromium against the real service and database: officers take an application through
// every step to the handover, reject one with reasons, and meet a stale version.
import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.js';
import { screenshotWidths } from '../support/screenshots.js';
import { startDemoStack, type DemoStack } from '../support/stack.js';
import { answerSurvey, apiSession, payThroughDemoBank, readApplication, submitApplication } from './pages/backoffice-api.js';
import { currentStep, openApplication, openBackOffice, openQueue, problemText, signWithPin, takeAction } from './pages/backoffice.js';
import { FAST_OUTBOX_ENV } from './pages/portal.js';

describe('back office: officers at work (issue 9)', () => {
  let stack: DemoStack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  before(async () => {
    stack = await startDemoStack(FAST_OUTBOX_ENV);
    browser = await launchChromium();
  });
  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await stack?.stop();
  });

  /** A fresh browser (its own cookies) signed in as `role`, on the staff home. */
  async function officer(role: string): Promise<Page> {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    await openBackOffice(page, stack, role);
    return page;
  }

  it('the staff home shows the account, its roles and the pages of the role', async () => {
    const head = await officer('head-of-office');
    assert.include(await head.locator('#account-roles').textContent(), 'Kepala kantor');
    await head.getByRole('link', { name: /^Kepala kantor: laporan IKM/ }).waitFor();
    await head.getByRole('link', { name: 'Antrean permohonan per tahap' }).waitFor();
    await screenshotWidths(head, 'backoffice-home');
    const admin = await officer('admin-officer');
    assert.equal(await admin.getByRole('link', { name: /^Pengawasan/ }).count(), 0, 'no supervision link without the role');
    await admin.close();
    await head.close();
  });

  it('APP-01 APP-04 APP-07 APP-09 a submitted application goes through every officer step to the handover, each role signing in', async () => {
    const { id, receiptNumber } = await submitApplication(stack);

    const admin = await officer('admin-officer');
    await openQueue(admin, stack);
    await admin.getByRole('heading', { name: /^Menunggu verifikasi \(\d+\)$/ }).waitFor();
    await admin.getByRole('link', { name: receiptNumber }).waitFor();
    const row = admin.getByRole('row').filter({ hasText: receiptNumber });
    assert.match((await row.textContent()) ?? '', /\d+ hari kerja \(batas \d{4}-\d\d-\d\d\)/, 'working days left on the service clock');
    await screenshotWidths(admin, 'backoffice-queue');

    await openApplication(admin, stack, receiptNumber);
    await admin.getByRole('link', { name: 'Unduh ktp-direktur.pdf' }).waitFor();
    await admin.getByRole('table', { name: 'Riwayat' }).getByText('Diajukan').waitFor();
    await screenshotWidths(admin, 'backoffice-application-verification');
    await takeAction(admin, 'Verifikasi berkas', 'Berkas lengkap', (s) => s.getByLabel(/^Catatan/).fill('Berkas lengkap dan terbaca.'));
    assert.equal(await currentStep(admin), 'Menunggu validasi');
    await takeAction(admin, 'Validasi', 'Validasi berkas');
    assert.equal(await currentStep(admin), 'Menunggu rekomendasi teknis');

    const technical = await officer('technical-officer');
    await openApplication(technical, stack, receiptNumber);
    await takeAction(technical, 'Rekomendasi teknis', 'Kirim rekomendasi', async (s) => {
      await s.getByLabel('Memenuhi syarat teknis (rekomendasi positif)').check();
      await s.getByLabel(/^Nomor surat tugas/).fill('ST-7/2026');
    });
    assert.equal(await currentStep(technical), 'Menunggu keputusan');

    const head = await officer('head-of-office');
    await openApplication(head, stack, receiptNumber);
    await screenshotWidths(head, 'backoffice-application-decision');
    await takeAction(head, 'Setujui', 'Setujui permohonan', (s) => s.getByLabel('Data perhitungan retribusi (JSON)').fill('{"areaM2": 50}'));
    assert.equal(await currentStep(head), 'Menunggu pembayaran retribusi');
    assert.include(await head.locator('.facts').textContent(), 'SKRD');

    await payThroughDemoBank(stack, id);
    assert.equal((await readApplication(stack, id)).state, 'awaiting-signature');

    const official = await officer('signing-official');
    await openApplication(official, stack, receiptNumber);
    await official.getByRole('link', { name: 'Buka kotak masuk demo (tab baru)' }).waitFor();
    await screenshotWidths(official, 'backoffice-application-signature');
    await signWithPin(official, stack, receiptNumber);
    assert.equal(await currentStep(official), 'Menunggu penomoran');

    await openApplication(admin, stack, receiptNumber);
    await takeAction(admin, 'Penomoran izin', 'Simpan nomor izin', (s) => s.getByLabel('Nomor izin').fill('503/TDG/0001/2026'));
    await takeAction(admin, 'Pencetakan', 'Catat sudah dicetak');
    assert.equal(await currentStep(admin), 'Menunggu survei IKM pemohon');

    await answerSurvey(stack, id);
    await openApplication(admin, stack, receiptNumber);
    await takeAction(admin, 'Penyerahan izin', 'Catat penyerahan', async (s) => {
      await s.getByLabel('Diantar kurir (bersama SKRD)').check();
      await s.getByLabel('SKRD disertakan bersama dokumen izin').check();
    });
    assert.equal(await currentStep(admin), 'Selesai');
    await admin.getByRole('table', { name: 'Riwayat' }).getByText('Diserahkan').waitFor();
    await screenshotWidths(admin, 'backoffice-application-completed');
    for (const page of [admin, technical, head, official]) await page.close();
  });

  it('APP-04 APP-05 returns a file for correction and rejects another, each with its reason; a missing reason is named in the focused summary', async () => {
    const returned = await submitApplication(stack);
    const admin = await officer('admin-officer');
    await openApplication(admin, stack, returned.receiptNumber);
    await takeAction(admin, 'Kembalikan untuk perbaikan', 'Kembalikan ke pemohon', undefined, true);
    assert.include(await problemText(admin), 'Tuliskan alasannya');
    assert.equal(await admin.getByLabel('Alasan').getAttribute('aria-invalid'), 'true');
    await screenshotWidths(admin, 'backoffice-application-problem');
    await takeAction(admin, 'Kembalikan untuk perbaikan', 'Kembalikan ke pemohon', (s) => s.getByLabel('Alasan').fill('KTP direktur tidak terbaca; unggah ulang.'));
    assert.equal(await currentStep(admin), 'Dikembalikan untuk perbaikan');
    assert.include(await admin.locator('.facts').textContent(), 'KTP direktur tidak terbaca');

    const rejected = await submitApplication(stack);
    await openApplication(admin, stack, rejected.receiptNumber);
    await takeAction(admin, 'Verifikasi berkas', 'Berkas lengkap');
    await takeAction(admin, 'Validasi', 'Validasi berkas');
    const technical = await officer('technical-officer');
    await openApplication(technical, stack, rejected.receiptNumber);
    await takeAction(technical, 'Rekomendasi teknis', 'Kirim rekomendasi', (s) => s.getByLabel('Tidak memenuhi syarat teknis').check());
    const head = await officer('head-of-office');
    await openApplication(head, stack, rejected.receiptNumber);
    await takeAction(head, 'Tolak', 'Tolak permohonan', (s) => s.getByLabel('Alasan').fill('Lokasi gudang berada di zona permukiman.'));
    assert.equal(await currentStep(head), 'Ditolak');
    assert.include(await head.locator('.facts').textContent(), 'Lokasi gudang berada di zona permukiman.');
    assert.equal(await head.getByRole('heading', { name: 'Langkah Anda' }).count(), 1);
    await head.getByText('Tidak ada langkah untuk peran Anda pada tahap ini.').waitFor();
    await screenshotWidths(head, 'backoffice-application-rejected');
    for (const page of [admin, technical, head]) await page.close();
  });

  it('a stale version (409) is explained in the focused summary and the page shows the application as it now is', async () => {
    const { id, receiptNumber, version } = await submitApplication(stack);
    const admin = await officer('admin-officer');
    await openApplication(admin, stack, receiptNumber);
    const colleague = await apiSession(stack, 'admin-officer');
    const meanwhile = await colleague.request(`/applications/${id}/events`, { method: 'POST', json: { type: 'verify' }, headers: { 'if-match': `"${version}"` } });
    assert.equal(meanwhile.status, 200);
    await takeAction(admin, 'Verifikasi berkas', 'Berkas lengkap', undefined, true);
    assert.include(await problemText(admin), 'baru saja diubah oleh petugas lain');
    assert.equal(await currentStep(admin), 'Menunggu validasi', 'the page was refreshed');
    await admin.getByRole('region', { name: /^Validasi \(/ }).waitFor();
    await screenshotWidths(admin, 'backoffice-application-conflict');
    await admin.close();
  });

  it('the demo inbox lists the service\'s messages, newest first (the receipt SMS of a submission, APP-03)', async () => {
    const { receiptNumber } = await submitApplication(stack);
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${stack.url}inbox.html`);
    for (let attempt = 0; attempt < 30 && await page.getByRole('row').filter({ hasText: receiptNumber }).count() === 0; attempt += 1) {
      await page.locator('#refresh:not([disabled])').waitFor();
      await page.waitForTimeout(1000);
      await page.getByRole('button', { name: 'Muat ulang' }).click();
      await page.locator('#refresh:not([disabled])').waitFor();
    }
    await page.getByRole('table', { name: 'Pesan, terbaru dahulu' }).getByRole('row').filter({ hasText: receiptNumber }).first().waitFor();
    await screenshotWidths(page, 'inbox');
    await page.context().close();
  });
});
