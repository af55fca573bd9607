import { describe, it } from 'node:test';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './radio-group.js';
import type { SpRadioGroup } from './radio-group.js';

const OPTIONS = [
  { value: '1', label: 'Tidak mudah' },
  { value: '2', label: 'Kurang mudah' },
  { value: '3', label: 'Mudah' },
];

function radios(group: SpRadioGroup): HTMLInputElement[] {
  return [...group.shadowRoot!.querySelectorAll('input')];
}

async function inForm(value = ''): Promise<{ form: HTMLFormElement; group: SpRadioGroup }> {
  const form = await fixture<HTMLFormElement>(html`
    <form><sp-radio-group name="U2" label="2. Sistem" required value=${value} .options=${OPTIONS}></sp-radio-group></form>`);
  const group = form.querySelector('sp-radio-group')!;
  await group.updateComplete;
  return { form, group };
}

describe('sp-radio-group', () => {
  it('is a form control: its name and value are in the form data', async () => {
    const { form, group } = await inForm();
    expect(new FormData(form).has('U2')).to.equal(false);
    radios(group)[2]!.click();
    await group.updateComplete;
    expect(group.value).to.equal('3');
    expect(new FormData(form).get('U2')).to.equal('3');
    expect(group.form).to.equal(form);
  });

  it('is required with constraint validation: valueMissing until answered, and the form is invalid', async () => {
    const { form, group } = await inForm();
    expect(form.checkValidity()).to.equal(false);
    expect(group.validity.valueMissing).to.equal(true);
    expect(group.validationMessage).to.equal('Pilih salah satu jawaban.');
    await group.updateComplete;
    expect(group.hasAttribute('data-user-invalid')).to.equal(true); // the form's check fired `invalid`
    expect(group.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('Pilih salah satu jawaban.');
    expect(group.shadowRoot!.querySelector('fieldset')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(group).to.be.accessible();
    radios(group)[0]!.click();
    await group.updateComplete;
    expect(form.checkValidity()).to.equal(true);
    expect(group.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
  });

  it('a form reset restores the initial value; a disabled fieldset disables it', async () => {
    const { form, group } = await inForm('2');
    radios(group)[0]!.click();
    await group.updateComplete;
    expect(group.value).to.equal('1');
    form.reset();
    await group.updateComplete;
    expect(group.value).to.equal('2');
    expect(radios(group)[1]!.checked).to.equal(true);

    const wrapper = await fixture<HTMLFormElement>(html`
      <form><fieldset disabled><sp-radio-group name="x" label="x" .options=${OPTIONS}></sp-radio-group></fieldset></form>`);
    const disabled = wrapper.querySelector('sp-radio-group')!;
    await disabled.updateComplete;
    expect(radios(disabled).every((radio) => radio.disabled)).to.equal(true);
  });

  it('is keyboard-operable like native radios: Tab enters, arrow keys move and select, and fire sp-change', async () => {
    const { group } = await inForm();
    const changes: string[] = [];
    document.addEventListener('sp-change', (event) => changes.push(event.detail.value));
    const before = document.createElement('button');
    before.textContent = 'before';
    group.parentElement!.prepend(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(group.shadowRoot!.activeElement).to.equal(radios(group)[0]);
    await sendKeys({ press: 'ArrowDown' });
    await group.updateComplete;
    expect(group.value).to.equal('2');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    await group.updateComplete;
    expect(group.value).to.equal('2');
    expect(changes).to.deep.equal(['2', '3', '2']);
  });

  it('focus() and reportValidity() put the focus on the first choice', async () => {
    const { group } = await inForm();
    expect(group.reportValidity()).to.equal(false);
    expect(group.shadowRoot!.activeElement).to.equal(radios(group)[0]);
  });

  it('renders labels from data as text, never as HTML', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const group = await fixture<SpRadioGroup>(html`
      <sp-radio-group name="x" label=${hostile} .options=${[{ value: '1', label: hostile }]}></sp-radio-group>`);
    expect(group.shadowRoot!.querySelector('img')).to.equal(null);
    expect(group.shadowRoot!.querySelector('legend')!.textContent).to.contain(hostile);
    expect(group.shadowRoot!.querySelector('[part="option-label"]')!.textContent).to.equal(hostile);
  });

  it('speaks English with lang="en" and is accessible', async () => {
    const group = await fixture<SpRadioGroup>(html`
      <sp-radio-group lang="en" name="x" label="Question" required .options=${OPTIONS}></sp-radio-group>`);
    group.reportValidity();
    await group.updateComplete;
    expect(group.validationMessage).to.equal('Choose one answer.');
    expect(group.shadowRoot!.querySelector('legend')!.textContent).to.contain('(required)');
    await expect(group).to.be.accessible();
  });
});
