// Administrative actions (ADM-01, ADM-02): cancel or revoke an activity of a business; core decides which of the
// two it is and what follows for the NIB, certificate and licence (POST /administrative-actions).
import { api } from '../shared/session.js';
import type { Schemas } from '../shared/api-types.js';
import { submitWith, type Feedback } from '../shared/feedback.js';
import { element, make, say } from '../shared/text.js';

type Action = Schemas['AdministrativeAction'];
type Input = Schemas['AdministrativeActionInput'];

const TEXT = {
  kind: { cancellation: { id: 'Pembatalan', en: 'Cancellation' }, revocation: { id: 'Pencabutan', en: 'Revocation' } },
  recorded: (id: string, kind: string) => ({ id: `Tindakan ${id} dicatat: ${kind}.`, en: `Action ${id} recorded: ${kind}.` }),
  effects: { id: 'Akibatnya (ADM-02)', en: 'Its effects (ADM-02)' },
  instrument: {
    nib: 'NIB', 'standard-certificate': { id: 'Sertifikat standar', en: 'Standard certificate' }, licence: { id: 'Izin', en: 'Licence' },
    'access-right': { id: 'Hak akses', en: 'Access right' },
  },
  action: {
    cancelled: { id: 'dibatalkan', en: 'cancelled' },
    revoked: { id: 'dicabut', en: 'revoked' },
    updated: { id: 'dimutakhirkan', en: 'updated' },
    'revoked-unless-new-licence': { id: 'dicabut bila tidak ada permohonan izin baru dalam', en: 'revoked unless a new licence is applied for within' },
    'cancelled-unless-new-application': { id: 'dibatalkan bila tidak ada permohonan baru dalam', en: 'cancelled unless a new application is made within' },
  },
  months: (n: number) => ({ id: `${n} bulan`, en: `${n} months` }),
} as const;

let latest: Action | undefined;

function actionName(effect: Action['effects'][number]): string {
  const action = TEXT.action[effect.action as keyof typeof TEXT.action];
  const text = action === undefined ? effect.action : say(action);
  return effect.withinMonths === undefined ? text : `${text} ${say(TEXT.months(effect.withinMonths))}`;
}

function instrumentName(code: string): string {
  const name = TEXT.instrument[code as keyof typeof TEXT.instrument];
  return name === undefined ? code : typeof name === 'string' ? name : say(name);
}

/** Shows the latest recorded action. */
export function renderAdministrativeAction(): void {
  const target = element('action-result');
  if (latest === undefined) return target.replaceChildren();
  const effects = make('ul');
  for (const e of latest.effects) effects.append(make('li', `${instrumentName(e.instrument)}: ${actionName(e)}`));
  target.replaceChildren(
    make('p', say(TEXT.recorded(latest.id, say(TEXT.kind[latest.kind]))), { class: 'notice' }),
    make('p', `${latest.kindSource.regulation} ${latest.kindSource.article}`),
    make('h3', `${say(TEXT.effects)} — ${latest.effectsSource.regulation} ${latest.effectsSource.article}`),
    effects,
  );
}

function value(id: string): string {
  return element<HTMLInputElement | HTMLSelectElement>(id).value.trim();
}

/** Wires the administrative-action form. */
export function setUpAdministrativeAction(): void {
  const feedback: Feedback = { summary: element('action-summary'), status: element('action-status') };
  element('action-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const note = value('action-note');
    const body: Input = {
      business: value('action-business'), ground: value('action-ground') as Input['ground'], instrument: value('action-instrument') as Input['instrument'],
      risk: value('action-risk') as Input['risk'], verified: element<HTMLInputElement>('action-verified').checked, ...(note === '' ? {} : { note }),
    };
    const recorded = await submitWith(feedback, element<HTMLButtonElement>('action-submit'), () => api.POST('/administrative-actions', { body }));
    if (recorded === undefined) return;
    latest = recorded;
    renderAdministrativeAction();
    element('action-result').focus();
  });
}
