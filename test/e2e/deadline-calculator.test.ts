import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import type { ChildProcess } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, startProcess } from '../support/browser.js';

describe('demo: the officer’s service-deadline calculator in Chromium', () => {
  let browser: Browser;
  let server: ChildProcess;
  let url: string;

  before(async () => {
    const started = await startProcess('demo/serve.mjs');
    server = started.process;
    url = `${started.url}deadline-calculator.html`;
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    server?.kill();
  });

  async function open(): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    await page.goto(url);
    return { page, errors };
  }

  it('CAL-01 CAL-05 shows the deadline across the 2026 Idul Fitri break and names each skipped holiday', async () => {
    const { page, errors } = await open();
    await page.getByLabel('Tanggal mulai (berkas lengkap)').fill('2026-03-16');
    await page.getByLabel('Waktu layanan (hari kerja)').fill('10');
    await page.keyboard.press('Enter');
    await page.locator('.deadline').waitFor();
    assert.equal(await page.locator('.deadline').textContent(), 'Selasa, 07 April 2026');
    const reasons = await page.locator('#result tbody td:nth-child(2)').allTextContents();
    assert.includeMembers(reasons, ['Hari Suci Nyepi (Tahun Baru Saka)', 'Idul Fitri', 'Cuti Bersama Idul Fitri', 'Wafat Yesus Kristus', 'Akhir pekan']);
    assert.lengthOf(reasons, 12, '18–24 Mar, 28–29 Mar, 3–5 Apr: 22 calendar days less 10 working days');
    assert.deepEqual(errors, [], `no script or CSP error: ${errors.join('; ')}`);
  });

  it('CAL-01 refuses bad input with an error summary that takes focus and links to the field', async () => {
    const { page } = await open();
    await page.getByLabel('Tanggal mulai (berkas lengkap)').fill('2026-03-16');
    await page.getByLabel('Waktu layanan (hari kerja)').fill('0');
    await page.getByRole('button', { name: 'Hitung' }).click();
    const summary = page.locator('#error-summary');
    await summary.waitFor();
    assert.isTrue(await summary.evaluate((node) => node === document.activeElement), 'the summary takes focus');
    await summary.getByRole('link').click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'working-days');
    assert.equal(await page.getByLabel('Waktu layanan (hari kerja)').getAttribute('aria-invalid'), 'true');
  });

  it('CAL-05 a deadline beyond the covered years is refused, not guessed, and the page speaks English on request', async () => {
    const { page } = await open();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByLabel('Start date (the file is complete)').fill('2026-12-01');
    await page.getByLabel('Service time in working days').fill('40');
    await page.getByRole('button', { name: 'Calculate' }).click();
    await page.locator('#error-summary li').waitFor();
    assert.include(await page.locator('#error-summary').textContent(), 'outside the years the holiday table covers (2024–2026)');
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  });
});
