import { describe, it } from 'node:test';
import { expect, waitUntil } from '@open-wc/testing';
import { defaultCatalog } from '@satupintu/core';
import { deleteDraft, draftId } from '../permit-form/draft-store.js';

// The elements under a strict Content-Security-Policy: no inline script, no inline style, no eval. The page is an
// iframe whose only script is the elements' module from the same origin; every CSP violation is recorded.
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'";

interface CspFrame {
  readonly frame: HTMLIFrameElement;
  readonly doc: Document;
  readonly violations: string[];
}

/** An iframe under {@link CSP} holding `body`, with the policy shown to be in force and the elements' module loaded. */
async function cspFrame(body: string): Promise<CspFrame> {
  const frame = document.createElement('iframe');
  frame.title = 'csp';
  frame.srcdoc = `<!doctype html><html lang="id"><head><meta http-equiv="Content-Security-Policy" content="${CSP}"></head>
    <body>${body}</body></html>`;
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
  return { frame, doc, violations };
}

describe('strict Content-Security-Policy', () => {
  it('the elements render and style themselves with no CSP violation', async () => {
    const { frame, doc, violations } = await cspFrame('<sp-ikm-survey application="A-1"></sp-ikm-survey><sp-ikm-report></sp-ikm-report>');
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

  it('the permit form and the tracking timeline render, style and check input with no CSP violation', async () => {
    const { frame, doc, violations } = await cspFrame('<sp-tracking-timeline></sp-tracking-timeline>');
    try {
      // The form gets its catalog as a property before it is connected, so it makes no request.
      await waitUntil(() => frame.contentWindow!.customElements.get('sp-permit-form'), 'elements defined', { timeout: 20000 });
      const form = Object.assign(doc.createElement('sp-permit-form'), { catalog: defaultCatalog, permitType: 'tdg', draftKey: 'csp', today: '2026-03-02' });
      doc.body.append(form);
      const nikInput = (): HTMLInputElement | null | undefined =>
        form.shadowRoot?.querySelector('sp-text-field[name="nik"]')?.shadowRoot?.querySelector('input');
      await waitUntil(nikInput, 'permit form rendered in the CSP frame', { timeout: 20000 });
      const nik = nikInput()!;
      // Core's live NIK check runs and its message is shown, with no eval and no inline style.
      nik.value = '123';
      nik.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      nik.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => nik.getAttribute('aria-invalid') === 'true', 'NIK refused live');
      expect(form.shadowRoot!.querySelector('[part="fee"]')!.textContent).to.contain('retribusi');
      const next = form.shadowRoot!.querySelector<HTMLButtonElement>('button[part="continue"]')!;
      expect(frame.contentWindow!.getComputedStyle(next).minHeight).to.equal('44px');

      const timeline = doc.querySelector('sp-tracking-timeline')!;
      await waitUntil(() => timeline.shadowRoot?.querySelector('[part="search"] sp-text-field'), 'timeline search rendered', { timeout: 20000 });
      const search = timeline.shadowRoot!.querySelector<HTMLButtonElement>('[part="search"] button')!;
      expect(frame.contentWindow!.getComputedStyle(search).minHeight).to.equal('44px');
      expect(violations).to.deep.equal([]);
    } finally {
      frame.remove();
      await deleteDraft(draftId('tdg', 'csp')); // in case the typing above was saved as a draft
    }
  });
});
