import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.js';
import { screenshotWidths } from '../support/screenshots.js';
import { startDemoStack, type DemoStack } from '../support/stack.js';
import { apiSession, submitApplication } from './pages/backoffice-api.js';
import { declareOutage, endOutage, enterManualRecord, openHeadOffice, paperInstantDuring, publicServiceStatus, serviceLevelRow } from './pages/head-office.js';

describe('demo: the head of office’s page — outage, service-level figures, IKM', () => {
  let stack: DemoStack;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  before(async () => {
    stack = await startDemoStack();
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    // The service's refusals (4xx answers) are expected; anything else in the console is a fault of the page.
    page.on('console', (message) => { if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text()); });
  });
  after(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('APP-11 declares an outage: open applications pause and the public reads the delay and the expected end; ending it clears the notice', async () => {
    await submitApplication(stack);
    await openHeadOffice(page, stack);
    assert.include(await page.locator('#public-notice').textContent(), 'Layanan berjalan normal');

    const declared = await declareOutage(page, { reason: 'pusat data padam', expectedEnd: '2026-12-01T10:00' });
    assert.include(declared, '1 permohonan dihentikan sementara');
    const notice = await page.locator('#public-notice .service-notice').textContent();
    assert.include(notice, 'Gangguan layanan daring');
    assert.include(notice, 'Perkiraan layanan pulih: 1 Desember 2026');

    const seen = await publicServiceStatus(stack);
    assert.equal(seen.status, 'outage');
    assert.include(seen.message?.id, 'pusat data padam');
    assert.include(seen.message?.id, 'secara manual di loket');
    assert.include(seen.message?.en, 'Service is expected to resume: 1 December 2026');
    await screenshotWidths(page, 'head-office-outage');

    assert.include(await endOutage(page), 'Gangguan diakhiri: 1 permohonan berjalan lagi');
    assert.equal((await publicServiceStatus(stack)).status, 'normal');
    assert.include(await page.locator('#public-notice').textContent(), 'Layanan berjalan normal');
  });

  it('APP-11 a step taken by hand during the outage is entered afterwards with its original time, officer and paper record', async () => {
    const { id, receiptNumber } = await submitApplication(stack);
    await openHeadOffice(page, stack);
    await declareOutage(page, { reason: 'jaringan kantor putus', expectedEnd: '2026-12-01T12:00' });
    const { since } = await publicServiceStatus(stack);
    const at = await paperInstantDuring(since ?? '');
    const status = await enterManualRecord(page, stack, {
      receiptNumber, step: 'Verifikasi administrasi', at, officer: /admin-officer/, paperRecord: 'Buku register manual hal. 3 no. 12', note: 'Berkas lengkap (dicatat di kertas)',
    });
    assert.include(status, receiptNumber);
    await screenshotWidths(page, 'head-office-manual-records');
    await openHeadOffice(page, stack);
    await endOutage(page);
    const officer = await apiSession(stack, 'admin-officer');
    const { history } = (await (await officer.request(`/applications/${id}`)).json()) as { history: { event: string; at: string; backfill?: { manualRecord: string } }[] };
    const verified = history.find((step) => step.event === 'verify');
    assert.equal(verified?.at, at, 'the step keeps its original instant');
    assert.equal(verified?.backfill?.manualRecord, 'Buku register manual hal. 3 no. 12', 'and names the paper record it was entered from');
  });

  it('APP-11 the public is told when service resumes: a declaration without the expected end is stopped with a focused error summary', async () => {
    await page.getByLabel(/^Alasan/).fill('gangguan jaringan');
    await page.getByLabel('Perkiraan pulih (WIB)').fill('');
    await page.getByRole('button', { name: 'Nyatakan gangguan' }).click();
    const summary = page.locator('#status-summary');
    await summary.waitFor();
    assert.isTrue(await summary.evaluate((node) => node === document.activeElement), 'the summary takes focus');
    assert.equal((await publicServiceStatus(stack)).status, 'normal', 'nothing was declared');
  });

  it('shows the service-level figures of the year: the application received is counted, in all and for its permit type', async () => {
    await page.reload();
    const all = await serviceLevelRow(page, 'Semua jenis izin');
    assert.equal(all[1], '2', 'received: the two applications of the tests above');
    const tdg = await serviceLevelRow(page, 'TDG');
    assert.equal(tdg[1], '2');
  });

  it('IKM-05 the IKM report widget asks the service for this office’s year and shows its answer (no respondents yet: its message)', async () => {
    await page.reload();
    const report = page.locator('sp-ikm-report');
    await report.getByText('Tidak ada isian survei untuk PTSP').waitFor();
    assert.equal(await report.getAttribute('unit'), 'PTSP');
    await screenshotWidths(page, 'head-office');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Service-level figures' }).waitFor();
    await report.getByText('No survey submissions for PTSP').waitFor();
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    assert.deepEqual(errors, [], `no script or CSP error: ${errors.join('; ')}`);
  });
});
