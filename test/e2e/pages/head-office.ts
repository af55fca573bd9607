// The head of office's page driven like a user: the outage declaration and its public notice (APP-11), the
// service-level figures, the IKM report widget and the back-filled manual records of an outage.
import type { Page } from 'playwright-core';
import type { DemoStack } from '../../support/stack.js';
import { signInAs } from './portal.js';

/** Signs the head of office in and opens the page; waits until the current public notice is shown. */
export async function openHeadOffice(page: Page, stack: DemoStack): Promise<void> {
  await signInAs(page, stack, 'head-of-office', 'head-office.html');
  await page.locator('#public-notice > *').first().waitFor();
}

/** Declares an outage with its reason and expected end (`YYYY-MM-DDTHH:MM`, WIB); waits for the end button. */
export async function declareOutage(page: Page, outage: { reason: string; expectedEnd: string; kind?: 'Gangguan layanan daring' | 'Keadaan kahar' }): Promise<string> {
  if (outage.kind !== undefined) await page.getByLabel('Jenis', { exact: true }).selectOption({ label: outage.kind });
  await page.getByLabel(/^Alasan/).fill(outage.reason);
  await page.getByLabel('Perkiraan pulih (WIB)').fill(outage.expectedEnd);
  await page.getByRole('button', { name: 'Nyatakan gangguan' }).click();
  await page.getByRole('button', { name: 'Akhiri gangguan' }).waitFor();
  return (await page.locator('#status-status').textContent()) ?? '';
}

/** Ends the declared outage; waits until the declaration form is back. */
export async function endOutage(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Akhiri gangguan' }).click();
  await page.getByRole('button', { name: 'Nyatakan gangguan' }).waitFor();
  return (await page.locator('#status-status').textContent()) ?? '';
}

/** GET /service-status as anyone reads it (no session). */
export async function publicServiceStatus(stack: DemoStack): Promise<{ status: string; since?: string; message?: { id: string; en: string } }> {
  const response = await fetch(`${stack.url}api/service-status`);
  if (!response.ok) throw new Error(`service status: ${response.status}`);
  return (await response.json()) as { status: string; message?: { id: string; en: string } };
}

/** The cells of a row of the service-level table (its first cell: "Semua jenis izin" or a permit type). */
export async function serviceLevelRow(page: Page, name: string): Promise<string[]> {
  const row = page.locator('#service-level tbody tr').filter({ has: page.locator('th', { hasText: name }) });
  await row.first().waitFor();
  return [((await row.first().locator('th').textContent()) ?? '').trim(), ...(await row.first().locator('td').allTextContents()).map((c) => c.trim())];
}

/** `instant` (ISO) as a `datetime-local` value in Jakarta time (WIB), with seconds. */
export function wibLocal(instant: string): string {
  return new Date(Date.parse(instant) + 7 * 3_600_000).toISOString().slice(0, 19);
}

/** What the manual-record form asks; `officer` matches the officer's option (e.g. its role). */
export interface ManualRecordEntry {
  readonly receiptNumber: string;
  /** The step's option label, e.g. "Verifikasi administrasi". */
  readonly step: string;
  /** When it was taken (ISO instant), inside the declared outage. */
  readonly at: string;
  readonly officer: RegExp;
  readonly paperRecord: string;
  readonly note?: string;
}

/** Opens the manual-records page and enters one back-filled step (APP-11); resolves with the status line. */
export async function enterManualRecord(page: Page, stack: DemoStack, entry: ManualRecordEntry): Promise<string> {
  await page.goto(`${stack.url}manual-records.html`);
  const application = page.getByLabel('Permohonan', { exact: true });
  await application.locator('option').first().waitFor({ state: 'attached' });
  const applicationLabel = (await application.locator('option').allTextContents()).find((label) => label.startsWith(entry.receiptNumber));
  if (applicationLabel === undefined) throw new Error(`no application ${entry.receiptNumber} to choose`);
  await application.selectOption({ label: applicationLabel });
  await page.getByLabel('Langkah yang diambil secara manual').selectOption({ label: entry.step });
  await page.getByLabel('Waktu langkah diambil (WIB)').fill(wibLocal(entry.at));
  const officers = await page.getByLabel('Petugas yang mengambilnya').locator('option').allTextContents();
  const officer = officers.find((label) => entry.officer.test(label));
  if (officer === undefined) throw new Error(`no officer matches ${entry.officer}`);
  await page.getByLabel('Petugas yang mengambilnya').selectOption({ label: officer });
  await page.getByLabel('Catatan kertas (nomor atau uraian)').fill(entry.paperRecord);
  if (entry.note !== undefined) await page.getByLabel(/^Catatan atau alasan/).fill(entry.note);
  await page.getByRole('button', { name: 'Masukkan catatan' }).click();
  const entered = page.getByRole('status').filter({ hasText: 'Catatan dimasukkan' });
  const refusal = page.locator('#record-summary p');
  await entered.or(refusal).waitFor();
  if (await refusal.isVisible()) throw new Error(`manual record refused: ${await refusal.textContent()}`);
  return (await entered.textContent()) ?? '';
}

/**
 * The first whole second (the manual-records form takes whole seconds) after the outage declared at `since`,
 * once the real clock has passed it: a paper step "taken" then lies inside the outage, not in its future.
 */
export async function paperInstantDuring(since: string): Promise<string> {
  const instant = Math.floor(Date.parse(since) / 1000) * 1000 + 1000;
  while (Date.now() <= instant) await new Promise((resolve) => setTimeout(resolve, instant - Date.now() + 50));
  return new Date(instant).toISOString();
}
