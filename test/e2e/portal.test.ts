import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.js';
import { screenshotWidths } from '../support/screenshots.js';
import { startDemoStack, type DemoStack } from '../support/stack.js';
import {
  applicationIdOf, applyFor, newApplicant, officerStep, openApplication, payAtDemoBank,
  registerApplicant, resubmitCorrection, signInAs, type ApplicantDetails,
} from './pages/portal.js';
import { decideAccessRequest, openBackOffice } from './pages/backoffice.js';

/**
 * Collects script and CSP errors of a page (the pages run under a strict CSP: a violation is an error here). Refused
 * requests are not: a visitor's `GET /me` is 401 and a pending account's sign-in is refused, as they should be.
 */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  return errors;
}

describe('demo portal: the applicant’s side in Chromium', () => {
  let stack: DemoStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let applicant: ApplicantDetails;
  const receipts: Record<string, string> = {};

  before(async () => {
    stack = await startDemoStack();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    errors = watchErrors(page);
  });
  after(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('the portal page says what to do and that nobody is signed in', async () => {
    await page.goto(`${stack.url}portal.html`);
    await page.getByRole('heading', { level: 1, name: 'Portal pemohon izin' }).waitFor();
    await page.getByText('Anda belum masuk.').waitFor();
    assert.isTrue(await page.getByRole('link', { name: 'Daftar sebagai pemohon' }).isVisible());
    await screenshotWidths(page, 'portal-signed-out');
  });

  it('ACC-01 registration refuses a missing document with a focused error summary, then ACC-01 ACC-02 sends the request for an officer to decide', async () => {
    applicant = newApplicant();
    await page.goto(`${stack.url}register.html`);
    await page.getByLabel('Nama lengkap (penanggung jawab)').fill(applicant.name);
    await page.getByRole('button', { name: 'Kirim permohonan' }).click();
    const summary = page.locator('#error-summary');
    await summary.getByText('Unggah KTP.').waitFor();
    assert.isTrue(await summary.evaluate((node) => node === document.activeElement), 'the summary takes focus');
    await screenshotWidths(page, 'portal-register-errors');
    await registerApplicant(page, stack, applicant);
    assert.include(await page.locator('#confirmation').textContent(), 'menunggu keputusan petugas');
    await screenshotWidths(page, 'portal-register-sent');
  });

  it('ACC-02 a pending account cannot sign in; once an officer grants it on the back office page, the applicant signs in to the portal', async () => {
    await page.goto(`${stack.url}login.html`);
    await page.getByLabel('Surel').fill(applicant.email);
    await page.getByLabel('Kata sandi').fill(applicant.password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.locator('#error-summary:focus').waitFor();

    const office = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const officer = await office.newPage();
    const officerErrors = watchErrors(officer);
    await openBackOffice(officer, stack, 'admin-officer');
    await officer.getByRole('link', { name: /Permohonan hak akses/ }).click();
    await officer.locator('#requests:not(:empty)').waitFor();
    const request = officer.getByRole('row').filter({ hasText: applicant.email.toLowerCase() });
    assert.include(await request.textContent(), applicant.name);
    assert.include(await request.textContent(), 'NIK (SIAK): format benar; registri tidak ditanya', 'P106 Pasal 6(4): the officer sees that no registry was asked');
    assert.match((await request.locator('td').last().textContent()) ?? '', /\d{4}/, 'ACC-02 the last day to decide is shown');
    await screenshotWidths(officer, 'backoffice-access-requests');
    const missingReason = await decideAccessRequest(officer, applicant.email, { granted: false });
    assert.include(missingReason, 'Tulis alasan penolakan', 'a refusal needs a reason for the applicant');
    const granted = await decideAccessRequest(officer, applicant.email, { granted: true });
    assert.include(granted, `Hak akses ${applicant.name} diberikan`);
    assert.equal(await officer.getByRole('row').filter({ hasText: applicant.email.toLowerCase() }).count(), 0, 'the decided request leaves the list');
    assert.deepEqual(officerErrors, []);
    await office.close();

    await signInAs(page, stack, applicant);
    await page.getByText(`Selamat datang, ${applicant.name}.`).waitFor();
    assert.include(await page.locator('#account').textContent(), applicant.name);
    await screenshotWidths(page, 'portal-signed-in');
  });

  it('CAT-01 CAT-03 the catalog lists every permit type with its service time; a type shows its requirements and FEE-04 a fee estimate', async () => {
    await page.goto(`${stack.url}catalog.html`);
    const cards = page.locator('#permit-types > li');
    await cards.first().waitFor();
    assert.equal(await cards.count(), 11, 'CAT-01 eleven permit types');
    const tdg = cards.filter({ hasText: 'Tanda Daftar Gudang' });
    assert.include(await tdg.textContent(), '14 hari kerja');
    await screenshotWidths(page, 'portal-catalog');
    await tdg.getByRole('link', { name: /Tanda Daftar Gudang/ }).first().click();
    await page.waitForURL(/permit-type\.html\?type=tdg/);
    await page.locator('#requirements li').first().waitFor();
    assert.include(await page.locator('#requirements').textContent(), 'Fotokopi KTP/Paspor Direktur Utama');
    await page.getByLabel('Badan usaha').check();
    await page.locator('#requirements').getByText('Akta').first().waitFor();
    await page.getByLabel('Luas gudang (m²)').fill('50');
    await page.getByRole('button', { name: 'Hitung perkiraan retribusi' }).click();
    await page.locator('#fee-result td.total').waitFor();
    assert.match((await page.locator('#fee-result td.total').textContent()) ?? '', /39\.000/, 'FEE-04: Rp 25.000 + 14 m² × Rp 1.000');
    await screenshotWidths(page, 'portal-permit-type');
  });

  it('APP-02 APP-03 applies for a TDG (fee-bearing) and a SIUP (exempt at approval: no fee) and gets receipt numbers', async () => {
    receipts.tdg = await applyFor(page, stack, 'tdg', {
      applicant,
      choices: { 'Usaha dipersyaratkan Ijin Gangguan': 'Tidak' },
      numbers: { 'Luas gudang (m²)': '50' },
    });
    assert.match(receipts.tdg, /^[A-Z]+-\d{8}-\d{6}-[0-9A-Z]$/);
    await page.getByRole('link', { name: 'Buka permohonan ini' }).waitFor();
    await screenshotWidths(page, 'portal-apply-receipt');
    receipts.siup = await applyFor(page, stack, 'siup', { applicant, choices: { 'Golongan SIUP': 'SIUP Kecil' } });
    assert.notEqual(receipts.siup, receipts.tdg);
  });

  it('my applications lists both with their receipt number and state', async () => {
    await page.goto(`${stack.url}applications.html`);
    for (const receipt of [receipts.tdg, receipts.siup]) {
      const row = page.getByRole('row').filter({ hasText: receipt as string });
      await row.waitFor();
      assert.include(await row.textContent(), 'Menunggu verifikasi berkas');
    }
    await screenshotWidths(page, 'portal-applications');
  });

  it('APP-03 anyone tracks an application by its receipt number without signing in', async () => {
    const visitor = await browser.newPage();
    const visitorErrors = watchErrors(visitor);
    await visitor.goto(`${stack.url}tracking.html`);
    await visitor.getByLabel('Nomor tanda terima').fill(receipts.tdg as string);
    await visitor.getByRole('button', { name: 'Lacak' }).click();
    const timeline = visitor.locator('sp-tracking-timeline');
    await timeline.getByText('Pengajuan permohonan').waitFor();
    await timeline.getByText('Verifikasi berkas').waitFor();
    assert.include(visitor.url(), `receipt=${receipts.tdg}`);
    await screenshotWidths(visitor, 'portal-tracking');
    assert.deepEqual(visitorErrors, [], `no script or CSP error: ${visitorErrors.join('; ')}`);
    await visitor.close();
  });

  it('APP-05 APP-06 the fee-bearing application: the SKRD is shown with its payment code and paid at the demo bank', async () => {
    await openApplication(page, stack, receipts.tdg as string);
    const id = applicationIdOf(page);
    // officer steps via API until the back office page helpers are composed
    await officerStep(stack, 'admin-officer', id, { type: 'verify' });
    await officerStep(stack, 'admin-officer', id, { type: 'validate' });
    await officerStep(stack, 'technical-officer', id, { type: 'recommend', favourable: true });
    const approved = await officerStep(stack, 'head-of-office', id, { type: 'approve', feeInput: { areaM2: 50 } });
    assert.equal(approved.state, 'awaiting-payment');

    await page.reload();
    const next = page.locator('#next');
    await next.getByText('Kode bayar', { exact: true }).waitFor();
    const shown = (await next.textContent()) ?? '';
    assert.match(shown, /Rp\s?39\.000/, 'FEE-04: the SKRD amount');
    for (const fact of ['Nomor SKRD', 'Bayar paling lambat', 'Bank Jatim (contoh)', '0011223344']) assert.include(shown, fact);
    await screenshotWidths(page, 'portal-application-skrd');
    await payAtDemoBank(page);
    assert.include(await page.locator('#state').textContent(), 'Menunggu tanda tangan');
    assert.equal(await page.getByRole('button', { name: 'Bayar di bank contoh' }).count(), 0, 'nothing left to pay');
    await screenshotWidths(page, 'portal-application-paid');
  });

  it('APP-02 a file returned for correction shows the officer’s note; the applicant replaces a document and sends it again', async () => {
    await openApplication(page, stack, receipts.siup as string);
    const id = applicationIdOf(page);
    // officer step via API until the back office page helpers are composed
    await officerStep(stack, 'admin-officer', id, { type: 'return-for-correction', reason: 'Scan KTP tidak terbaca; unggah ulang.' });
    await page.reload();
    await page.getByText('Scan KTP tidak terbaca; unggah ulang.').waitFor();
    await page.locator('#correction').getByRole('button', { name: 'Kirim ulang permohonan' }).click();
    await page.locator('#error-summary:focus').waitFor();
    await screenshotWidths(page, 'portal-application-returned');
    await resubmitCorrection(page, ['Fotokopi KTP']);
    assert.include(await page.locator('#state').textContent(), 'Menunggu verifikasi berkas');
  });

  it('FEE-02 the SIUP approved as exempt needs no payment: it goes on to signing, and the page asks nothing of the applicant', async () => {
    await openApplication(page, stack, receipts.siup as string);
    const id = applicationIdOf(page);
    // officer steps via API until the back office page helpers are composed
    await officerStep(stack, 'admin-officer', id, { type: 'verify' });
    await officerStep(stack, 'admin-officer', id, { type: 'validate' });
    await officerStep(stack, 'technical-officer', id, { type: 'recommend', favourable: true });
    const approved = await officerStep(stack, 'head-of-office', id, { type: 'approve', feeInput: { size: 'small', exemption: 'small-individual-trader' } });
    assert.notEqual(approved.state, 'awaiting-payment');
    await page.reload();
    await page.locator('#state').filter({ hasText: 'Menunggu tanda tangan' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Bayar di bank contoh' }).count(), 0);
    await screenshotWidths(page, 'portal-application-no-fee');
    assert.deepEqual(errors, [], `no script or CSP error: ${errors.join('; ')}`);
  });

  it('speaks English on request', async () => {
    await page.goto(`${stack.url}portal.html`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Applicant portal' }).waitFor();
    await page.getByText(`Welcome, ${applicant.name}.`).waitFor();
    await page.getByRole('link', { name: 'My applications' }).click();
    await page.getByRole('columnheader', { name: 'Receipt number' }).waitFor();
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  });
});
