// The electronic signature's first half (APP-07): ask the service to send the one-time PIN by SMS to the official's
// registered phone. In the demo the "SMS" lands in the demo inbox, linked here.
import type { LocalizedText } from '@satupintu/core';
import { officeTime } from '../shared/format.js';
import { showProblems, withProgress } from '../shared/problem-summary.js';
import { api, problemMessage } from '../shared/session.js';
import { make, say } from '../shared/text.js';

const T: Record<string, LocalizedText> = {
  explain: { id: 'Tanda tangan elektronik dikonfirmasi dengan PIN yang dikirim lewat SMS ke telepon Anda yang terdaftar.', en: 'An electronic signature is confirmed with a PIN sent by SMS to your registered phone.' },
  send: { id: 'Kirim PIN lewat SMS', en: 'Send the PIN by SMS' },
  inbox: { id: 'Buka kotak masuk demo (tab baru)', en: 'Open the demo inbox (new tab)' },
  inboxHint: { id: 'Di kota contoh ini SMS tidak benar-benar dikirim: bacalah di kotak masuk demo (bisa perlu satu menit).', en: 'This demo city sends no real SMS: read it in the demo inbox (it may take a minute).' },
};

/** The "send the PIN" button, its status line and the link to the demo inbox. */
export function signingPinPanel(applicationId: string): HTMLElement {
  const panel = make('div', undefined, { class: 'pin-panel' });
  const button = make('button', say(T.send as LocalizedText), { type: 'button', class: 'secondary', id: 'send-pin' });
  const status = make('p', '', { role: 'status', 'aria-live': 'polite', class: 'hint', id: 'send-pin-status' });
  const inbox = make('a', say(T.inbox as LocalizedText), { href: 'inbox.html', target: '_blank', rel: 'noopener' });
  button.addEventListener('click', async () => {
    const { data, error } = await withProgress(button, status, () => api.POST('/applications/{id}/signing-pin', { params: { path: { id: applicationId } } }));
    if (!data) return showProblems([{ text: say(problemMessage(error)) }]);
    status.textContent = say({ id: `PIN dikirim. Berlaku sampai ${officeTime(data.expiresAt)}.`, en: `PIN sent. Valid until ${officeTime(data.expiresAt)}.` });
  });
  panel.append(make('p', say(T.explain as LocalizedText)), button, status, make('p', say(T.inboxHint as LocalizedText), { class: 'hint' }), inbox);
  return panel;
}
