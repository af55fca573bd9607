// The supervisor's pages driven like a user (by role and label): businesses, the annual inspection plan, an
// inspection with its BAP, LKPM periods, and a sanction case — for supervision.test.ts and the cross-role journeys.
import type { Page } from 'playwright-core';
import type { DemoStack } from '../../support/stack.js';
import { signInAs } from './portal.js';

/** A business as the registration form asks it. */
export interface BusinessEntry {
  readonly nib: string;
  readonly name: string;
  /** The option label of the scale: Mikro, Kecil, Menengah, Besar. */
  readonly scale: string;
  readonly location: string;
  /** The option label of the activity's risk: Rendah, Menengah rendah, Menengah tinggi, Tinggi. */
  readonly risk: string;
}

/** Signs the supervisor in and opens the supervision page (businesses and plan). */
export async function openSupervision(page: Page, stack: DemoStack, role = 'supervisor'): Promise<void> {
  await signInAs(page, stack, role, 'supervision.html');
  await page.getByRole('table', { name: 'Pelaku usaha yang diawasi' }).waitFor();
}

/** Registers a business through the form and waits until the list shows it. */
export async function registerBusiness(page: Page, business: BusinessEntry): Promise<void> {
  await page.getByLabel('NIB (13 digit)').fill(business.nib);
  await page.getByLabel('Nama pelaku usaha').fill(business.name);
  await page.getByLabel('Skala usaha').selectOption({ label: business.scale });
  await page.getByLabel('Lokasi usaha (alamat)').fill(business.location);
  await page.getByLabel('Tingkat risiko kegiatan (SUP-01)').selectOption({ label: business.risk });
  await page.getByRole('button', { name: 'Daftarkan pelaku usaha' }).click();
  await page.getByRole('table', { name: 'Pelaku usaha yang diawasi' }).getByRole('link', { name: business.name }).waitFor();
}

/** Makes the annual inspection plan of `year` (default: the page's) and waits for its planned visits; returns the year. */
export async function makePlan(page: Page, year?: number, capacity = { inspectors: 2, perDay: 1 }): Promise<number> {
  if (year !== undefined) await page.getByLabel('Tahun rencana').fill(String(year));
  await page.getByLabel('Jumlah pengawas').fill(String(capacity.inspectors));
  await page.getByLabel('Inspeksi per pengawas per hari').fill(String(capacity.perDay));
  await page.getByRole('button', { name: 'Susun rencana' }).click();
  await page.getByRole('table', { name: 'Kunjungan yang direncanakan' }).waitFor();
  return Number(await page.getByLabel('Tahun rencana').inputValue());
}

/** The plan's row of a business: the visits a year and the visit links. */
export async function plannedVisits(page: Page, businessName: string): Promise<{ maxPerYear: number; visits: string[] }> {
  const row = page.getByRole('table', { name: 'Kunjungan yang direncanakan' }).getByRole('row').filter({ hasText: businessName });
  const cells = await row.first().getByRole('cell').allTextContents();
  return { maxPerYear: Number(cells[3]), visits: await row.first().getByRole('link', { name: /^Catat inspeksi/ }).allTextContents() };
}

/** What a BAP records in the demo's form. */
export interface BapEntry {
  readonly indicator: string;
  readonly compliant: boolean;
  readonly note?: string;
  readonly inspector: string;
  /** Who signed for the business; absent: the business refused, with `refusal` as its statement. */
  readonly signer?: string;
  readonly refusal?: string;
}

/** Follows the plan's first visit link of `businessName` and records that routine inspection; returns the BAP number. */
export async function recordPlannedInspection(page: Page, businessName: string, bap: BapEntry): Promise<string> {
  const row = page.getByRole('table', { name: 'Kunjungan yang direncanakan' }).getByRole('row').filter({ hasText: businessName });
  await row.first().getByRole('link', { name: /^Catat inspeksi/ }).first().click();
  await page.getByRole('heading', { name: businessName, level: 1 }).waitFor();
  return recordInspection(page, bap);
}

/** Fills the BAP on a business page (the form's date, location and risk as they are) and records it. */
export async function recordInspection(page: Page, bap: BapEntry): Promise<string> {
  await page.getByLabel('Indikator', { exact: true }).fill(bap.indicator);
  await page.getByLabel('Temuan').selectOption({ label: bap.compliant ? 'Patuh' : 'Tidak patuh (pelanggaran)' });
  if (bap.note !== undefined) await page.getByLabel('Catatan (tidak wajib)').fill(bap.note);
  await page.getByLabel('Pelaksana inspeksi (menandatangani BAP)').fill(bap.inspector);
  if (bap.signer !== undefined) await page.getByLabel(/^Ditandatangani untuk pelaku usaha/).fill(bap.signer);
  else await page.getByLabel('Keterangan penolakan menandatangani (SUP-07)').fill(bap.refusal ?? 'Menolak menandatangani');
  await page.getByRole('button', { name: 'Catat inspeksi' }).click();
  const result = page.locator('#inspection-result .notice');
  await result.waitFor();
  const text = (await result.textContent()) ?? '';
  const match = /Inspeksi tercatat: (\S+)\./.exec(text);
  if (!match) throw new Error(`no BAP number in "${text}"`);
  return match[1] as string;
}

/** Records one LKPM period on a business page: filed with `realisation` rupiah, or not filed. */
export async function recordLkpmPeriod(page: Page, period: string, report: { filed: true; realisation: number } | { filed: false }): Promise<void> {
  await page.getByLabel('Periode', { exact: true }).selectOption(period);
  await page.getByLabel(report.filed ? 'Disampaikan' : 'Tidak disampaikan', { exact: true }).check();
  if (report.filed) await page.getByLabel(/^Realisasi investasi/).fill(String(report.realisation));
  await page.getByRole('button', { name: 'Catat periode' }).click();
  await page.getByRole('status').filter({ hasText: 'Periode dicatat.' }).waitFor();
}

/** The traffic light of each LKPM period shown, period → its text. */
export async function lkpmLights(page: Page): Promise<Record<string, string>> {
  const rows = page.locator('#lkpm tbody tr');
  const lights: Record<string, string> = {};
  for (const row of await rows.all()) {
    const period = ((await row.locator('th').textContent()) ?? '').trim();
    lights[period] = ((await row.locator('.badge').textContent()) ?? '').trim();
  }
  return lights;
}

/** On the sanctions page: opens a case for the chosen business and violation (its option label); returns the case number. */
export async function openSanctionCase(page: Page, violation: string | RegExp, note?: string): Promise<string> {
  await page.getByLabel('Pelanggaran (SAN-01 … SAN-03)').selectOption({ label: typeof violation === 'string' ? violation : await optionLabel(page, violation) });
  if (note !== undefined) await page.getByLabel('Catatan (tidak wajib)').first().fill(note);
  await page.getByRole('button', { name: 'Buka kasus', exact: true }).click();
  const heading = page.locator('#case-heading');
  await heading.waitFor();
  return ((await heading.textContent()) ?? '').replace(/^Kasus /, '').trim();
}

async function optionLabel(page: Page, pattern: RegExp): Promise<string> {
  const labels = await page.getByLabel('Pelanggaran (SAN-01 … SAN-03)').locator('option').allTextContents();
  const found = labels.find((label) => pattern.test(label));
  if (found === undefined) throw new Error(`no violation option matches ${pattern}`);
  return found;
}

/** The case's current step as the page shows it. */
export async function sanctionState(page: Page): Promise<string> {
  const details = page.locator('#case dl');
  const terms = await details.locator('dt').allTextContents();
  const values = await details.locator('dd').allTextContents();
  return values[terms.indexOf('Tahap sekarang')] ?? '';
}

/** Takes the shown case one step (the option label of "Yang terjadi"). */
export async function takeSanctionStep(page: Page, what: string): Promise<void> {
  const before = await page.locator('#case table tbody tr').count();
  await page.getByLabel('Yang terjadi').selectOption({ label: what });
  await page.getByRole('button', { name: 'Catat langkah' }).click();
  await page.waitForFunction((count) => document.querySelectorAll('#case table tbody tr').length > count || !(document.getElementById('case-summary')?.hidden ?? true), before);
}

/** Opens the page of a business by its NIB (as the supervisor). */
export async function openBusiness(page: Page, stack: DemoStack, nib: string): Promise<void> {
  await page.goto(`${stack.url}supervision-business.html?id=${nib}`);
  await page.locator('#business-details dl').waitFor();
}

/** Waits until the sanctions page has loaded the businesses into its forms. */
export async function sanctionsPageReady(page: Page): Promise<void> {
  await page.locator('#case-business option').first().waitFor({ state: 'attached' });
}

/** What the administrative-action form asks, by the options' labels. */
export interface AdministrativeActionEntry {
  readonly business: string;
  readonly ground?: 'Permohonan pelaku usaha' | 'Putusan pengadilan berkekuatan hukum tetap';
  readonly instrument: 'NIB' | 'Sertifikat standar' | 'Izin';
  readonly risk: 'Rendah' | 'Menengah rendah' | 'Menengah tinggi' | 'Tinggi';
  readonly verified: boolean;
}

/** Records an administrative action on the sanctions page; resolves with the result's text or throws the service's refusal. */
export async function recordAdministrativeAction(page: Page, action: AdministrativeActionEntry): Promise<string> {
  await sanctionsPageReady(page);
  await page.locator('#action-business').selectOption(action.business);
  if (action.ground !== undefined) await page.getByLabel('Dasar', { exact: true }).selectOption({ label: action.ground });
  await page.getByLabel('Dokumen perizinan').selectOption({ label: action.instrument });
  await page.getByLabel('Tingkat risiko kegiatan').selectOption({ label: action.risk });
  await page.getByLabel('Sertifikat atau izin sudah diverifikasi').setChecked(action.verified);
  await page.getByRole('button', { name: 'Catat tindakan' }).click();
  const result = page.locator('#action-result .notice');
  const refusal = page.locator('#action-summary p');
  await result.or(refusal).waitFor();
  if (await refusal.isVisible()) throw new Error(`administrative action refused: ${await refusal.textContent()}`);
  return (await result.textContent()) ?? '';
}
