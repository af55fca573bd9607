// The public service notice (APP-11, P106 Pasal 13(3)): what GET /service-status tells everyone during a declared
// outage or force majeure — the delay and when service resumes. Any page may show it; normal service shows nothing.
import type { Schemas } from './api-types.js';
import { api } from './session.js';
import { make, say } from './text.js';

type ServiceStatus = Schemas['ServiceStatus'];

const TEXT = {
  outage: { id: 'Gangguan layanan daring', en: 'Online service outage' },
  'force-majeure': { id: 'Keadaan kahar', en: 'Force majeure' },
  since: (when: string) => ({ id: `Sejak ${when}.`, en: `Since ${when}.` }),
} as const;

/** The current status as the public reads it (normal when the service cannot be reached: no notice to show). */
export async function publicServiceStatus(): Promise<ServiceStatus> {
  const { data } = await api.GET('/service-status');
  return data ?? { status: 'normal' };
}

/** A date-time in the page's language, in the office's time zone (WIB). */
export function wibDateTime(instant: string): string {
  return `${new Intl.DateTimeFormat(say({ id: 'id-ID', en: 'en-GB' }), { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Jakarta' }).format(new Date(instant))} WIB`;
}

/** The notice for `status` (empty when service is normal), as a `.service-notice` box with a heading of `level`. */
export function serviceNotice(status: ServiceStatus, level: 'h2' | 'h3' | 'h4' = 'h2'): Node[] {
  if (status.status === 'normal') return [];
  const box = make('div', undefined, { class: 'service-notice' });
  box.append(make(level, say(TEXT[status.status])));
  if (status.message !== undefined) box.append(make('p', say(status.message)));
  if (status.since !== undefined) box.append(make('p', say(TEXT.since(wibDateTime(status.since)))));
  return [box];
}
