import { describe, it } from 'node:test';
import { expect, waitUntil } from '@open-wc/testing';

// The elements under a strict Content-Security-Policy: no inline script, no inline style, no eval. The page is an
// iframe whose only script is the elements' module from the same origin; every CSP violation is recorded.
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'";

describe('strict Content-Security-Policy', () => {
  it('the elements render and style themselves with no CSP violation', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'csp';
    frame.srcdoc = `<!doctype html><html lang="id"><head><meta http-equiv="Content-Security-Policy" content="${CSP}"></head>
      <body><sp-ikm-survey application="A-1"></sp-ikm-survey><sp-ikm-report></sp-ikm-report></body></html>`;
    const violations: string[] = [];
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    doc.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    // The policy is in force: an inline style attribute is refused (and recorded), so it is removed again below.
    const probe = doc.createElement('div');
    probe.setAttribute('style', 'color: red');
    doc.body.append(probe);
    await waitUntil(() => violations.length === 1, 'inline style refused by the policy');
    probe.remove();
    violations.length = 0;
    // The one script a portal adds: the elements' module from its own origin.
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = new URL('../index.ts', import.meta.url).pathname;
    doc.head.append(script);
    try {
      await waitUntil(() => frame.contentDocument?.querySelector('sp-ikm-survey')?.shadowRoot?.querySelector('sp-radio-group'),
        'survey rendered in the CSP frame', { timeout: 20000 });
      const survey = doc.querySelector('sp-ikm-survey')!;
      const button = survey.shadowRoot!.querySelector('button')!;
      // The theme's styles applied (constructable stylesheets are allowed by style-src 'self').
      expect(frame.contentWindow!.getComputedStyle(button).minHeight).to.equal('44px');
      expect(doc.querySelector('sp-ikm-report')!.shadowRoot!.textContent).to.contain('Indeks Kepuasan Masyarakat');
      expect(violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
