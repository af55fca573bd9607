import { describe, it } from 'node:test';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { IKM_ELEMENTS, ikmReport, unwrap, type IkmReport } from '@satupintu/core';
import { API, problem, useServer } from '../test-support/msw.js';
import './ikm-report.js';
import type { SpIkmReport } from './ikm-report.js';

const UNIT = 'DPMPTSP Kota Mojokerto';

/** A real report computed by core from three respondents (NRR U1 3.67 … U9 1.67; index 78.70, grade B). */
function reportFor(unit: string): IkmReport {
  const answers = [[4, 3, 3, 4, 3, 4, 4, 3, 2], [3, 3, 2, 4, 3, 3, 4, 3, 1], [4, 4, 3, 3, 3, 4, 4, 2, 2]] as const;
  return unwrap(ikmReport({
    unit,
    period: { from: '2026-01-01', to: '2026-06-30' },
    responses: answers.map((a) => ({ submittedOn: '2026-02-03', unit, permitType: 'SIUP', answers: [...a] })),
  }));
}

function serve(report: IkmReport, wait = 0, seen: URL[] = []): Promise<void> {
  return useServer(http.get(`${API}/ikm/report`, async ({ request }) => {
    seen.push(new URL(request.url));
    if (wait) await delay(wait);
    return HttpResponse.json(report);
  }));
}

async function loaded(el: SpIkmReport): Promise<void> {
  await waitUntil(() => el.shadowRoot!.querySelector('[part="index"]'), 'report shown');
}

const text = (el: SpIkmReport, selector: string): string => el.shadowRoot!.querySelector(selector)?.textContent ?? '';

describe('sp-ikm-report', () => {
  it('fetches GET /ikm/report for the unit and period, shows IKM, grade, respondents and fires sp-report-loaded', async () => {
    const seen: URL[] = [];
    await serve(reportFor(UNIT), 0, seen);
    const el = await fixture<SpIkmReport>(html`<sp-ikm-report api=${API} unit=${UNIT} from="2026-01-01" to="2026-06-30"></sp-ikm-report>`);
    const event = await oneEvent(el, 'sp-report-loaded');
    expect(event.detail.report.respondents).to.equal(3);
    await loaded(el);
    expect(seen[0]!.searchParams.get('unit')).to.equal(UNIT);
    expect([seen[0]!.searchParams.get('from'), seen[0]!.searchParams.get('to')]).to.deep.equal(['2026-01-01', '2026-06-30']);
    expect(text(el, '[part="index"]')).to.contain('78,70');
    expect(text(el, '[part="grade"]')).to.equal('BBaik');
    expect(text(el, '[part="respondents"]')).to.equal('3');
    expect(text(el, '[part="period"]')).to.contain(UNIT).and.to.contain('1 Januari 2026');
    await expect(el).to.be.accessible();
  });

  it('draws the nine NRRs as a bar chart that is also a table, with element names from core as labels', async () => {
    await serve(reportFor(UNIT));
    const el = await fixture<SpIkmReport>(html`<sp-ikm-report api=${API} unit=${UNIT} from="2026-01-01" to="2026-06-30"></sp-ikm-report>`);
    await loaded(el);
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(9);
    expect(rows.map((row) => row.querySelector('th')!.textContent)).to.deep.equal(IKM_ELEMENTS.map((e) => `${e.code} ${e.name.id}`));
    expect(rows.map((row) => row.querySelectorAll('td')[0]!.textContent)).to.deep.equal(
      ['3,67', '3,33', '2,67', '3,67', '3,00', '3,67', '4,00', '2,67', '1,67']);
    const widths = rows.map((row) => Number(row.querySelector('[part="bar"]')!.getAttribute('width')));
    expect(widths[6]).to.equal(400); // NRR 4 fills the bar
    expect(widths[8]).to.be.closeTo((5 / 3 / 4) * 400, 0.1);
    expect(rows[8]!.querySelector('.bar-cell')!.getAttribute('aria-hidden')).to.equal('true');
    expect(el.shadowRoot!.querySelector('caption')!.textContent).to.contain('NRR');
  });

  it('shows a unit name from the server that looks like script as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    // Core refuses such a name; the element must still be safe when a server sends one anyway.
    await serve({ ...reportFor(UNIT), unit: hostile });
    const el = await fixture<SpIkmReport>(html`<sp-ikm-report api=${API} unit=${hostile} from="2026-01-01" to="2026-06-30"></sp-ikm-report>`);
    await loaded(el);
    expect(text(el, '[part="period"]')).to.contain(hostile);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('has an initial, a loading and an error state, each accessible; retry loads again', async () => {
    await useServer();
    const idle = await fixture<SpIkmReport>(html`<sp-ikm-report api=${API}></sp-ikm-report>`);
    expect(text(idle, '[part="status"]')).to.contain('Pilih unit layanan');
    await expect(idle).to.be.accessible();

    let calls = 0;
    await useServer(http.get(`${API}/ikm/report`, async () => {
      calls += 1;
      await delay(200);
      return calls === 1
        ? problem(404, 'survey.no-respondents', 'Tidak ada isian survei <b>untuk</b> unit ini.', 'No survey submissions <b>for</b> this unit.', 'responses')
        : HttpResponse.json(reportFor(UNIT));
    }));
    const el = await fixture<SpIkmReport>(html`<sp-ikm-report api=${API} unit=${UNIT} from="2026-01-01" to="2026-06-30"></sp-ikm-report>`);
    expect(text(el, '[role="status"]')).to.contain('Memuat laporan');
    await expect(el).to.be.accessible();
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'error shown');
    expect(text(el, '[role="alert"] p')).to.equal('Tidak ada isian survei <b>untuk</b> unit ini.');
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await loaded(el);
    expect(calls).to.equal(2);
  });

  it('speaks English with lang="en": labels, grade label, numbers and dates', async () => {
    await serve(reportFor(UNIT));
    const el = await fixture<SpIkmReport>(html`<sp-ikm-report lang="en" api=${API} unit=${UNIT} from="2026-01-01" to="2026-06-30"></sp-ikm-report>`);
    await loaded(el);
    expect(text(el, 'h2')).to.equal('Community Satisfaction Index');
    expect(text(el, '[part="index"]')).to.contain('78.70').and.to.contain('out of 4');
    expect(text(el, '[part="grade"]')).to.equal('BGood');
    expect(text(el, 'tbody th')).to.equal(`U1 ${IKM_ELEMENTS[0]!.name.en}`);
    expect(text(el, '[part="period"]')).to.contain('1 January 2026');
    await expect(el).to.be.accessible();
  });

  it('fetches again when the period changes', async () => {
    const seen: URL[] = [];
    await serve(reportFor(UNIT), 0, seen);
    const el = await fixture<SpIkmReport>(html`<sp-ikm-report api=${API} unit=${UNIT} from="2026-01-01" to="2026-06-30"></sp-ikm-report>`);
    await loaded(el);
    el.to = '2026-03-31';
    await waitUntil(() => seen.length === 2, 'second request');
    expect(seen[1]!.searchParams.get('to')).to.equal('2026-03-31');
  });
});
