// Screenshots of a page at a phone's and a desktop's width, kept as test artefacts in test-artifacts/screenshots/
// (CI keeps the folder; git ignores it). Taken from the page as it is, then restored to its own viewport.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export const SCREENSHOT_DIR = join('test-artifacts', 'screenshots');

const WIDTHS = { phone: { width: 360, height: 740 }, desktop: { width: 1280, height: 800 } } as const;

/** Saves `<name>-phone.png` and `<name>-desktop.png` (full page) and returns their paths. */
export async function screenshotWidths(page: Page, name: string): Promise<string[]> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const original = page.viewportSize();
  const files: string[] = [];
  for (const [label, size] of Object.entries(WIDTHS)) {
    await page.setViewportSize(size);
    const path = join(SCREENSHOT_DIR, `${name.replace(/[^a-z0-9-]+/gi, '-')}-${label}.png`);
    await page.screenshot({ path, fullPage: true });
    files.push(path);
  }
  if (original) await page.setViewportSize(original);
  return files;
}
