// Drill (c), issue 9: the browser closed while the applicant types, then opened again on the same profile — the draft
// the form keeps in IndexedDB comes back. Once closed the usual way, once killed (SIGKILL).
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import type { Page } from 'playwright-core';
import {
  killBrowser, launchPersistent, newProfileDir, signInFromPortal, startPortal, type PersistentBrowser, type Portal,
} from '../support/portal-drill.js';

/** What the applicant types, by the field's label. */
const TYPED: readonly (readonly [label: string, value: string])[] = [
  ['Nama lengkap', 'Siti Rahma'],
  ['NIK', '3578015208900003'],
  ['Nomor ponsel', '0812 3456 7890'],
  ['Alamat e-mail', 'siti.rahma@example.id'],
];

async function openForm(page: Page, portal: Portal): Promise<void> {
  await page.goto(`${portal.site.origin}/permit-form.html`);
  await page.getByLabel(TYPED[0]![0], { exact: true }).waitFor();
}

/** Types like a person (a key every 100 ms); the browser goes halfway through the last field, mid-word. */
async function typeApplicant(page: Page): Promise<string> {
  for (const [label, value] of TYPED.slice(0, -1)) await page.getByLabel(label, { exact: true }).pressSequentially(value, { delay: 100 });
  const [label, value] = TYPED.at(-1)!;
  const half = value.slice(0, Math.ceil(value.length / 2));
  await page.getByLabel(label, { exact: true }).pressSequentially(half, { delay: 100 });
  return half;
}

/** Fields restored exactly, and the characters of the interrupted field that came back (a prefix of what was typed). */
async function restoredFields(page: Page, interrupted: string): Promise<{ restored: number; lost: string[]; partial: string }> {
  const lost: string[] = [];
  let restored = 0;
  for (const [label, value] of TYPED.slice(0, -1)) {
    const now = await page.getByLabel(label, { exact: true }).inputValue();
    if (now === value) restored += 1;
    else lost.push(`${label}: typed "${value}", restored "${now}"`);
  }
  const partial = await page.getByLabel(TYPED.at(-1)![0], { exact: true }).inputValue();
  if (!interrupted.startsWith(partial)) lost.push(`${TYPED.at(-1)![0]}: typed "${interrupted}", restored "${partial}"`);
  return { restored, lost, partial };
}

describe('drill (c): the browser closed while typing and opened again restores the draft', () => {
  let portal: Portal;
  before(async () => {
    portal = await startPortal();
  });
  after(async () => {
    await portal?.close();
  });

  for (const how of ['closed', 'killed (SIGKILL)'] as const) {
    it(`APP-01 the browser ${how} in the middle of a field: every completed field comes back`, async () => {
      const profile = newProfileDir();
      let browser: PersistentBrowser | undefined;
      try {
        browser = await launchPersistent(profile);
        const page = browser.context.pages()[0] ?? await browser.context.newPage();
        await signInFromPortal(page, portal);
        await openForm(page, portal);
        const interrupted = await typeApplicant(page);
        if (how === 'closed') await browser.context.close();
        else await killBrowser(browser);

        browser = await launchPersistent(profile);
        const again = browser.context.pages()[0] ?? await browser.context.newPage();
        await openForm(again, portal);
        await again.getByText('Draf Anda dipulihkan dari perangkat ini.').waitFor({ timeout: 10_000 }).catch(() => undefined);
        const { restored, lost, partial } = await restoredFields(again, interrupted);
        console.log(`drill: browser ${how} while typing — ${restored}/${TYPED.length - 1} completed fields restored after reopening on the same `
          + `profile, ${lost.length} lost; the field being typed came back with ${partial.length}/${interrupted.length} characters`
          + `${lost.length > 0 ? ` (lost: ${lost.join('; ')})` : ''}`);
        assert.deepEqual(lost, [], 'every completed field is restored, and the interrupted one as a prefix of what was typed');
      } finally {
        await browser?.context.close().catch(() => undefined);
        rmSync(profile, { recursive: true, force: true });
      }
    });
  }
});
