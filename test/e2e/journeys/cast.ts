// The people of one journey: each in their own browser context (own cookies), with the script and CSP errors of
// their pages collected, so a journey can assert that no page failed.
import type { Browser, BrowserContext, Page } from 'playwright-core';

export class Cast {
  readonly errors: string[] = [];
  private readonly contexts: BrowserContext[] = [];

  constructor(private readonly browser: Browser) {}

  /** A fresh browser context with one page, watched for errors. */
  async person(): Promise<Page> {
    const context = await this.browser.newContext({ viewport: { width: 1280, height: 800 } });
    this.contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => this.errors.push(error.message));
    // The service's refusals (4xx answers) are expected; anything else in the console is a fault of the page.
    page.on('console', (message) => { if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) this.errors.push(message.text()); });
    return page;
  }

  async close(): Promise<void> {
    for (const context of this.contexts) await context.close();
  }
}
