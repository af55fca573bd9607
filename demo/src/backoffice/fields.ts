// Labelled form fields built from text only, each with its hint and error line tied by aria-describedby.
import type { LocalizedText } from '@satupintu/core';
import { make, say } from '../shared/text.js';

/** A text input or textarea in its `.field` wrapper. */
export function textField(
  id: string, label: LocalizedText, options: { hint?: LocalizedText; multiline?: boolean; required?: boolean; attributes?: Record<string, string> } = {},
): { wrapper: HTMLElement; input: HTMLInputElement | HTMLTextAreaElement } {
  const wrapper = make('div', undefined, { class: 'field' });
  const labelText = options.required === false ? `${say(label)} ${say({ id: '(tidak wajib)', en: '(optional)' })}` : say(label);
  wrapper.append(make('label', labelText, { for: id }));
  const described: string[] = [];
  if (options.hint) {
    wrapper.append(make('p', say(options.hint), { class: 'hint', id: `${id}-hint` }));
    described.push(`${id}-hint`);
  }
  const input = options.multiline ? make('textarea', undefined, { rows: '3' }) : make('input', undefined, { type: 'text' });
  input.id = id;
  input.name = id;
  for (const [name, value] of Object.entries(options.attributes ?? {})) input.setAttribute(name, value);
  if (described.length > 0) input.setAttribute('aria-describedby', described.join(' '));
  wrapper.append(input);
  return { wrapper, input };
}

/** A group of radio buttons in a fieldset with a legend; the first radio carries `id` (the error summary links it). */
export function radioGroup(
  id: string, legend: LocalizedText, choices: readonly { value: string; label: LocalizedText }[],
): { wrapper: HTMLFieldSetElement; value: () => string | undefined; first: HTMLInputElement } {
  const wrapper = make('fieldset', undefined, { class: 'field radios' });
  wrapper.append(make('legend', say(legend)));
  const radios = choices.map((choice, index) => {
    const radioId = index === 0 ? id : `${id}-${choice.value}`;
    const radio = make('input', undefined, { type: 'radio', name: id, value: choice.value, id: radioId });
    const item = make('div', undefined, { class: 'radio' });
    item.append(radio, make('label', say(choice.label), { for: radioId }));
    wrapper.append(item);
    return radio;
  });
  return { wrapper, value: () => radios.find((r) => r.checked)?.value, first: radios[0] as HTMLInputElement };
}

/** A checkbox with its label. */
export function checkbox(id: string, label: LocalizedText): { wrapper: HTMLElement; input: HTMLInputElement } {
  const wrapper = make('div', undefined, { class: 'field radio' });
  const input = make('input', undefined, { type: 'checkbox', id, name: id });
  wrapper.append(input, make('label', say(label), { for: id }));
  return { wrapper, input };
}
