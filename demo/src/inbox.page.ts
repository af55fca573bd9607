// The demo inbox: the SMS and e-mails the service sent to the demo accounts (GET /demo-inbox, newest first) — where a
// visitor reads a signing PIN. A real city has phones and mailboxes instead.
import type { LocalizedText } from '@satupintu/core';
import { officeTime } from './shared/format.js';
import { dataTable } from './shared/table.js';
import { element, make, renderInLanguage, say } from './shared/text.js';

interface InboxMessage {
  readonly at: string;
  readonly channel: string;
  readonly to: string;
  readonly message: LocalizedText;
}

const CHANNELS: Readonly<Record<string, LocalizedText>> = { sms: { id: 'SMS', en: 'SMS' }, email: { id: 'Surel', en: 'E-mail' } };
let messages: InboxMessage[] = [];
let loaded = false;
const button = element<HTMLButtonElement>('refresh');
const status = element('progress');

function render(): void {
  if (!loaded) return;
  element('messages').replaceChildren(messages.length === 0
    ? make('p', say({ id: 'Belum ada pesan.', en: 'No messages yet.' }))
    : dataTable({ id: 'Pesan, terbaru dahulu', en: 'Messages, newest first' },
      [{ id: 'Waktu', en: 'When' }, { id: 'Saluran', en: 'Channel' }, { id: 'Kepada', en: 'To' }, { id: 'Pesan', en: 'Message' }],
      messages.map((m) => [officeTime(m.at), say(CHANNELS[m.channel] ?? { id: m.channel, en: m.channel }), m.to, say(m.message)])));
}

async function refresh(): Promise<void> {
  button.disabled = true;
  status.textContent = say({ id: 'Memuat…', en: 'Loading…' });
  try {
    const answer = await fetch('demo-inbox', { cache: 'no-store' });
    messages = answer.ok ? ((await answer.json()) as { messages: InboxMessage[] }).messages : [];
    loaded = true;
    render();
    status.textContent = say({ id: `${messages.length} pesan dimuat.`, en: `${messages.length} messages loaded.` });
  } catch {
    status.textContent = say({ id: 'Kotak masuk tidak dapat dimuat.', en: 'The inbox could not be loaded.' });
  } finally {
    button.disabled = false;
  }
}

button.addEventListener('click', () => void refresh());
renderInLanguage(render);
await refresh();
