import { afterEach, describe, it } from 'node:test';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import { IKM_ELEMENTS } from '@satupintu/core';
import { configure, resetConfiguration } from '../client/config.js';
import { API, problem, useServer } from '../test-support/msw.js';
import type { SpRadioGroup } from '../radio-group/radio-group.js';
import './ikm-survey.js';
import type { SpIkmSurvey } from './ikm-survey.js';

interface Sent {
  body: unknown;
  csrf: string | null;
  id: string;
}

function answeringServer(sent: Sent[], wait = 0): Promise<void> {
  return useServer(http.post(`${API}/applications/:id/survey`, async ({ request, params }) => {
    sent.push({ body: await request.json(), csrf: request.headers.get('X-CSRF-Token'), id: String(params.id) });
    if (wait > 0) await delay(wait);
    return HttpResponse.json({ received: true }, { status: 201 });
  }));
}

const groupsOf = (survey: SpIkmSurvey): SpRadioGroup[] => [...survey.shadowRoot!.querySelectorAll('sp-radio-group')];
const radiosOf = (group: SpRadioGroup): HTMLInputElement[] => [...group.shadowRoot!.querySelectorAll('input')];

async function render(lang?: string): Promise<SpIkmSurvey> {
  const survey = await fixture<SpIkmSurvey>(html`<sp-ikm-survey application="APP 7/2026" api=${API} lang=${lang ?? ''}></sp-ikm-survey>`);
  await Promise.all(groupsOf(survey).map((group) => group.updateComplete));
  return survey;
}

async function answer(survey: SpIkmSurvey, scores: number[]): Promise<void> {
  const groups = groupsOf(survey);
  scores.forEach((score, index) => radiosOf(groups[index]!)[score - 1]!.click());
  await Promise.all(groups.map((group) => group.updateComplete));
  await survey.updateComplete;
}

function submit(survey: SpIkmSurvey): void {
  survey.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
}

describe('sp-ikm-survey', () => {
  afterEach(() => {
    resetConfiguration();
    document.documentElement.removeAttribute('lang');
  });

  it('IKM-02 shows the nine elements with their four answer labels from core, in Bahasa Indonesia by default', async () => {
    await useServer();
    const survey = await render();
    const groups = groupsOf(survey);
    expect(groups).to.have.length(9);
    groups.forEach((group, index) => {
      const element = IKM_ELEMENTS[index]!;
      expect(group.name).to.equal(element.code);
      expect(group.required).to.equal(true);
      expect(group.shadowRoot!.querySelector('legend')!.textContent).to.contain(`${index + 1}. ${element.name.id}`);
      const labels = [...group.shadowRoot!.querySelectorAll('[part="option-label"]')].map((label) => label.textContent);
      expect(labels).to.deep.equal(element.answers.map((a) => a.id));
      expect(radiosOf(group).map((radio) => radio.value)).to.deep.equal(['1', '2', '3', '4']);
    });
    expect(groups[3]!.shadowRoot!.textContent).to.contain('Gratis');
    expect(survey.shadowRoot!.querySelector('h2')!.textContent).to.equal('Survei Kepuasan Masyarakat');
    await expect(survey).to.be.accessible();
  });

  it('IKM-02 shows the English names and answer labels with lang="en" on the element or on the page', async () => {
    await useServer();
    const survey = await render('en');
    const groups = groupsOf(survey);
    expect(groups[3]!.shadowRoot!.querySelector('legend')!.textContent).to.contain(IKM_ELEMENTS[3]!.name.en);
    expect(groups[3]!.shadowRoot!.textContent).to.contain('Free');
    expect(survey.shadowRoot!.querySelector('button')!.textContent).to.equal('Send answers');
    await expect(survey).to.be.accessible();

    const onPage = await render();
    expect(onPage.shadowRoot!.querySelector('h2')!.textContent).to.equal('Survei Kepuasan Masyarakat');
    document.documentElement.lang = 'en';
    await onPage.updateComplete;
    await Promise.all(groupsOf(onPage).map((group) => group.updateComplete));
    expect(onPage.shadowRoot!.querySelector('h2')!.textContent).to.equal('Community Satisfaction Survey');
    expect(groupsOf(onPage)[0]!.shadowRoot!.textContent).to.contain('Very suitable');
  });

  it('submitted incomplete: sends nothing, shows an error summary that takes focus and links to each question', async () => {
    const sent: Sent[] = [];
    await answeringServer(sent);
    const survey = await render();
    await answer(survey, [4, 3]);
    submit(survey);
    await survey.updateComplete;
    const summary = survey.shadowRoot!.querySelector<HTMLElement>('[part="error-summary"]')!;
    expect(summary).to.be.instanceOf(HTMLElement);
    expect(survey.shadowRoot!.activeElement).to.equal(summary);
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((link) => link.textContent)).to.deep.equal(
      IKM_ELEMENTS.slice(2).map((element, i) => `${i + 3}. ${element.name.id}: pilih salah satu jawaban`));
    const third = groupsOf(survey)[2]!;
    await third.updateComplete;
    expect(third.shadowRoot!.querySelector('[part="error"]')!.textContent).to.equal('Pilih salah satu jawaban.');
    await expect(survey).to.be.accessible();
    links[0]!.click();
    expect(survey.shadowRoot!.activeElement).to.equal(third);
    expect(third.shadowRoot!.activeElement).to.equal(radiosOf(third)[0]);
    expect(sent).to.have.length(0);
    // Answering a question takes it off the summary.
    radiosOf(third)[2]!.click();
    await survey.updateComplete;
    expect(summary.querySelectorAll('a')).to.have.length(6);
  });

  it('is keyboard-operable: Tab from question to question, arrow keys choose, Enter submits', async () => {
    const sent: Sent[] = [];
    await answeringServer(sent);
    const survey = await render();
    const groups = groupsOf(survey);
    radiosOf(groups[0]!)[0]!.focus();
    for (let index = 0; index < 9; index += 1) {
      if (index > 0) await sendKeys({ press: 'Tab' });
      expect(groups[index]!.shadowRoot!.activeElement, `question ${index + 1} focused`).to.equal(radiosOf(groups[index]!)[0]);
      await sendKeys({ press: 'ArrowDown' }); // 2
      await sendKeys({ press: 'ArrowDown' }); // 3
      if (index % 2 === 0) await sendKeys({ press: 'ArrowUp' }); // back to 2
    }
    await Promise.all(groups.map((group) => group.updateComplete));
    expect(groups.map((group) => group.value)).to.deep.equal(['2', '3', '2', '3', '2', '3', '2', '3', '2']);
    await sendKeys({ press: 'Tab' });
    const submitted = oneEvent(survey, 'sp-survey-submitted');
    await sendKeys({ press: 'Enter' });
    await submitted;
    expect((sent[0]?.body as { answers: number[] }).answers).to.deep.equal([2, 3, 2, 3, 2, 3, 2, 3, 2]);
  });

  it('submitted complete: POSTs the nine answers with the CSRF token, shows thanks and fires sp-survey-submitted (bubbles, composed)', async () => {
    const sent: Sent[] = [];
    await answeringServer(sent, 150);
    configure({ csrfToken: 'csrf-123' });
    const survey = await render();
    await answer(survey, [4, 3, 3, 4, 3, 4, 4, 3, 2]);
    const fired = oneEvent(document, 'sp-survey-submitted');
    submit(survey);
    await survey.updateComplete;
    const button = survey.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!;
    expect(button.disabled).to.equal(true);
    expect(survey.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Sedang mengirim');
    await expect(survey).to.be.accessible();
    const event = await fired;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.application).to.equal('APP 7/2026');
    expect(event.detail.answers).to.deep.equal([4, 3, 3, 4, 3, 4, 4, 3, 2]);
    expect(sent).to.deep.equal([{ body: { answers: [4, 3, 3, 4, 3, 4, 4, 3, 2] }, csrf: 'csrf-123', id: 'APP 7/2026' }]);
    await waitUntil(() => survey.shadowRoot!.querySelector('[part="success"]'), 'thanks shown');
    await survey.updateComplete;
    const success = survey.shadowRoot!.querySelector<HTMLElement>('[part="success"]')!;
    expect(success.textContent).to.contain('Terima kasih!');
    expect(survey.shadowRoot!.activeElement).to.equal(success);
    await expect(survey).to.be.accessible();
  });

  it('shows a refusal from the server in the page language, as text even when it looks like script', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    await useServer(http.post(`${API}/applications/:id/survey`, () =>
      problem(409, 'survey.already-answered', `Survei sudah diisi ${hostile}`, `Survey already answered ${hostile}`)));
    const survey = await render();
    await answer(survey, [4, 4, 4, 4, 4, 4, 4, 4, 4]);
    submit(survey);
    await waitUntil(() => survey.shadowRoot!.querySelector('[role="alert"]'), 'error shown');
    const alert = survey.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.equal(`Survei sudah diisi ${hostile}`);
    expect(survey.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    await expect(survey).to.be.accessible();
  });

  it('tells the applicant when the network is down, and a second try goes through', async () => {
    let calls = 0;
    await useServer(http.post(`${API}/applications/:id/survey`, () => {
      calls += 1;
      return calls === 1 ? HttpResponse.error() : HttpResponse.json({}, { status: 201 });
    }));
    const survey = await render('en');
    await answer(survey, [1, 2, 3, 4, 1, 2, 3, 4, 1]);
    submit(survey);
    await waitUntil(() => survey.shadowRoot!.querySelector('[role="alert"]'), 'error shown');
    expect(survey.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Cannot reach the server');
    const submitted = oneEvent(survey, 'sp-survey-submitted');
    submit(survey);
    await submitted;
    expect(calls).to.equal(2);
  });
});
