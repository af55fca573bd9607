import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.js';
import { screenshotWidths } from '../support/screenshots.js';
import { startDemoStack, type DemoStack } from '../support/stack.js';
import {
  lkpmLights, makePlan, recordAdministrativeAction, sanctionsPageReady, openBusiness, openSanctionCase, openSupervision, plannedVisits, recordInspection, recordLkpmPeriod,
  recordPlannedInspection, registerBusiness, sanctionState, takeSanctionStep,
} from './pages/supervision.js';

const HIGH_RISK = { nib: '8120000000101', name: 'PT Pabrik Baja Contoh', scale: 'Besar', location: 'Jl. Industri 1, Mojokerto', risk: 'Tinggi' } as const;
const LOW_RISK = { nib: '8120000000202', name: 'CV Toko Kelontong Contoh', scale: 'Menengah', location: 'Jl. Pasar 2, Mojokerto', risk: 'Rendah' } as const;

describe('demo: the supervisor’s pages — the inspection plan to a sanction', () => {
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

  it('SUP-02 SUP-05 registers businesses and makes the annual plan: two visits a year for high risk, one for low', async () => {
    await openSupervision(page, stack);
    await registerBusiness(page, HIGH_RISK);
    await registerBusiness(page, LOW_RISK);
    const year = await makePlan(page);
    await page.getByRole('heading', { name: `Rencana inspeksi ${year}` }).waitFor();
    assert.include(await page.locator('#plan-totals').textContent(), 'kunjungan terjadwal');
    const high = await plannedVisits(page, HIGH_RISK.name);
    const low = await plannedVisits(page, LOW_RISK.name);
    assert.equal(high.maxPerYear, 2, 'high risk: at most twice a year (SUP-02)');
    assert.lengthOf(high.visits, 2);
    assert.equal(low.maxPerYear, 1, 'low risk: at most once a year (SUP-02)');
    assert.lengthOf(low.visits, 1);
    await screenshotWidths(page, 'supervision-plan');
  });

  it('SUP-05 refuses a second plan for the same year with the service’s message in a focused error summary', async () => {
    await page.getByRole('button', { name: 'Susun rencana' }).click();
    const summary = page.locator('#plan-summary');
    await summary.locator('p').waitFor();
    assert.isTrue(await summary.evaluate((node) => node === document.activeElement), 'the summary takes focus');
    assert.notEqual((await summary.locator('p').textContent())?.trim(), '');
  });

  it('SUP-07 records a planned routine inspection whose BAP finds a violation; the business refused to sign and the BAP stays valid', async () => {
    const bapNumber = await recordPlannedInspection(page, HIGH_RISK.name, {
      indicator: 'Kewajiban Pasal 6: izin lingkungan', compliant: false, note: 'Dokumen lingkungan tidak ada', inspector: 'Budi Santoso', refusal: 'Pemilik menolak menandatangani',
    });
    assert.match(bapNumber, /BAP/);
    const result = await page.locator('#inspection-result').textContent();
    assert.include(result, 'Tidak patuh: Kewajiban Pasal 6: izin lingkungan');
    assert.include(result, 'BAP tetap sah (SUP-07)');
    const listed = await page.getByRole('table', { name: 'Inspeksi yang tercatat' }).getByRole('row').filter({ hasText: bapNumber }).textContent();
    assert.include(listed, 'Rutin (Tinggi)');
    await screenshotWidths(page, 'supervision-business');
  });

  it('SAN-04 opens a sanction case from the inspection (coaching first) and takes it one step', async () => {
    await page.getByRole('link', { name: 'Buka kasus sanksi untuk pelanggaran ini' }).click();
    await sanctionsPageReady(page);
    assert.equal(await page.getByLabel('Pelaku usaha', { exact: true }).first().inputValue(), HIGH_RISK.nib, 'the business comes from the inspection');
    const caseId = await openSanctionCase(page, /^Tidak melaksanakan salah satu kewajiban/);
    assert.isNotEmpty(caseId);
    assert.equal(await sanctionState(page), 'Pembinaan', 'coaching comes first (SAN-04)');
    assert.include(page.url(), `case=${encodeURIComponent(caseId)}`);

    await takeSanctionStep(page, 'Diperbaiki: tutup kasus');
    assert.equal(await sanctionState(page), 'Selesai (diperbaiki)');
    assert.lengthOf(await page.locator('#case table tbody tr').all(), 2, 'opened, then corrected: every step is recorded (SAN-04)');
    await screenshotWidths(page, 'supervision-sanction-case');

    await page.reload();
    await page.locator('#case-heading').waitFor();
    assert.equal(await sanctionState(page), 'Selesai (diperbaiki)', 'the case number in the address shows the stored case');
  });

  it('ADM-01 ADM-02 records an administrative action and shows its kind and effects from core', async () => {
    const result = await recordAdministrativeAction(page, { business: HIGH_RISK.nib, instrument: 'Izin', risk: 'Tinggi', verified: true });
    assert.include(result, 'Pencabutan', 'a verified licence is revoked, not cancelled (ADM-01)');
    assert.isAbove(await page.locator('#action-result li').count(), 0, 'its effects are listed (ADM-02)');
  });

  it('SUP-10 SUP-11 SAN-01 shows LKPM traffic lights and the light violation of two periods not filed', async () => {
    await openBusiness(page, stack, LOW_RISK.nib);
    await page.getByLabel('Tahun', { exact: true }).fill('2025');
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    await page.getByRole('table', { name: 'Jadwal LKPM 2025' }).waitFor();
    assert.equal((await lkpmLights(page))['2025-Q1'], 'Terlambat, belum disampaikan');
    await recordLkpmPeriod(page, '2025-Q1', { filed: true, realisation: 150_000_000 });
    await recordLkpmPeriod(page, '2025-Q2', { filed: false });
    await recordLkpmPeriod(page, '2025-Q3', { filed: false });
    const lights = await lkpmLights(page);
    assert.equal(lights['2025-Q1'], 'Disampaikan');
    assert.equal(lights['2025-Q2'], 'Tidak disampaikan');
    const violation = page.locator('#lkpm li').filter({ hasText: 'Tidak menyampaikan LKPM selama 2 periode berturut-turut' });
    await violation.waitFor();
    assert.equal(await violation.getByRole('link', { name: 'Buka kasus sanksi' }).count(), 1);
    await screenshotWidths(page, 'supervision-lkpm');
  });

  it('records an incidental inspection (SUP-08) and speaks English on request', async () => {
    await page.getByLabel('Jenis pengawasan').selectOption('incidental');
    await page.getByLabel('Alasan (SUP-08)').selectOption('public-complaint');
    await recordInspection(page, { indicator: 'Perizinan', compliant: true, inspector: 'Sari Dewi', signer: 'Ahmad (pemilik)' });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('table', { name: 'Recorded inspections' }).getByRole('row').filter({ hasText: 'Incidental' }).waitFor();
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    assert.deepEqual(errors, [], `no script or CSP error: ${errors.join('; ')}`);
  });
});
