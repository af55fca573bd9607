// Correcting a returned application (APP-02 resubmit): replace the documents the officer asked about, declare again
// that everything is true, and send it back (PUT /applications/{id}/documents/{key}, then POST …/submit).
import type { ApiComponents } from '@satupintu/server';
import type { LocalizedText } from '@satupintu/core';
import { api, problemMessage } from './session.js';
import { clearProblems, showProblems, withProgress } from './problem-summary.js';
import { make, say } from './text.js';

type Application = ApiComponents['schemas']['Application'];

/** Uploads `file` as document `key` of the application; resolves with the refusal's message, or undefined. */
async function replaceDocument(applicationId: string, key: string, file: File): Promise<LocalizedText | undefined> {
  const response = await fetch(`/api/applications/${encodeURIComponent(applicationId)}/documents/${encodeURIComponent(key)}`, {
    method: 'PUT', credentials: 'same-origin', body: file,
    headers: { 'content-type': file.type || 'application/octet-stream', 'x-file-name': encodeURIComponent(file.name), 'x-csrf-token': api.csrfToken() ?? '' },
  });
  return response.ok ? undefined : problemMessage(await response.json().catch(() => undefined));
}

/**
 * The correction form of a returned application: one optional file picker per uploaded document (labelled by
 * `labelOf(key)`), the truth declaration, and the resubmit button; `onDone` runs once the service took it back.
 */
export function correctionForm(application: Application, labelOf: (key: string) => string, onDone: () => Promise<void>): HTMLFormElement {
  const form = make('form', undefined, { id: 'correction', novalidate: '' });
  const pickers = application.documents.map((document) => {
    const field = make('div', undefined, { class: 'field' });
    const input = make('input', undefined, { type: 'file', id: `replace-${document.key}`, accept: 'application/pdf,image/jpeg,image/png', 'aria-describedby': `replace-${document.key}-hint` });
    field.append(
      make('label', `${say({ id: 'Ganti', en: 'Replace' })}: ${labelOf(document.key)}`, { for: input.id }),
      make('p', `${say({ id: 'Sekarang', en: 'Now' })}: ${document.fileName}. ${say({ id: 'Tidak wajib diganti.', en: 'Optional.' })}`, { class: 'hint', id: `replace-${document.key}-hint` }),
      input,
    );
    form.append(field);
    return { key: document.key, input };
  });
  const declaration = make('input', undefined, { type: 'checkbox', id: 'correction-declaration' });
  const declare = make('div', undefined, { class: 'choice' });
  declare.append(declaration, make('label', say({
    id: 'Saya menyatakan bahwa data dan dokumen saya benar dan sah.', en: 'I declare that my data and documents are true and valid.',
  }), { for: declaration.id }));
  const button = make('button', say({ id: 'Kirim ulang permohonan', en: 'Send the application again' }), { type: 'submit', id: 'resubmit-button' });
  const status = make('p', undefined, { class: 'hint', role: 'status', 'aria-live': 'polite' });
  form.append(declare, button, status);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearProblems([declaration, ...pickers.map((picker) => picker.input)]);
    if (!declaration.checked) {
      return showProblems([{ field: declaration, text: say({ id: 'Nyatakan bahwa data dan dokumen Anda benar (APP-02).', en: 'Declare that your data and documents are true (APP-02).' }) }]);
    }
    void withProgress(button, status, async () => {
      for (const { key, input } of pickers) {
        const file = input.files?.[0];
        const refusal = file ? await replaceDocument(application.id, key, file) : undefined;
        if (refusal) return showProblems([{ field: input, text: say(refusal) }]);
      }
      const { data, error } = await api.POST('/applications/{id}/submit', {
        params: { path: { id: application.id }, header: { 'idempotency-key': crypto.randomUUID() } }, body: { declaration: true },
      });
      if (!data) return showProblems([{ text: say(problemMessage(error)) }]);
      await onDone();
    });
  });
  return form;
}
