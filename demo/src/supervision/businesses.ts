// The supervised businesses: the list (GET /businesses) and the registration form (POST /businesses).
import { api } from '../shared/session.js';
import type { Schemas } from '../shared/api-types.js';
import { submitWith, type Feedback } from '../shared/feedback.js';
import { dataTable, link } from '../shared/table.js';
import { element, make, say } from '../shared/text.js';
import { complianceLabel, riskLabel, scaleLabel } from './labels.js';

type Business = Schemas['Business'];

const TEXT = {
  caption: { id: 'Pelaku usaha yang diawasi', en: 'Businesses under supervision' },
  none: { id: 'Belum ada pelaku usaha yang terdaftar.', en: 'No business is registered yet.' },
  registered: { id: 'Pelaku usaha terdaftar', en: 'Business registered' },
  columns: [
    { id: 'NIB', en: 'NIB' }, { id: 'Nama', en: 'Name' }, { id: 'Skala', en: 'Scale' },
    { id: 'Kepatuhan', en: 'Compliance' }, { id: 'Lokasi dan risiko', en: 'Locations and risk' },
  ],
} as const;

let businesses: Business[] = [];

/** The page of one business (inspections, BAP, LKPM). */
export function businessHref(id: string, extra: Record<string, string> = {}): string {
  return `supervision-business.html?${new URLSearchParams({ id, ...extra }).toString()}`;
}

function locations(business: Business): string {
  return business.locations
    .map((l) => `${l.location} (${l.activities.map((a) => riskLabel(a.risk)).join(', ')})`)
    .join('; ');
}

/** Shows the list as last loaded. */
export function renderBusinesses(): void {
  const target = element('businesses');
  if (businesses.length === 0) {
    target.replaceChildren(make('p', say(TEXT.none)));
    return;
  }
  const rows = businesses.map((b) => [
    b.nib, link(businessHref(b.id), b.name), scaleLabel(b.scale), complianceLabel(b.compliance), locations(b),
  ]);
  target.replaceChildren(dataTable(TEXT.caption, TEXT.columns, rows));
}

/** Loads and shows the businesses. */
export async function loadBusinesses(): Promise<void> {
  const { data } = await api.GET('/businesses', { params: { query: { limit: 1000 } } });
  businesses = data ?? [];
  renderBusinesses();
}

function value(id: string): string {
  return element<HTMLInputElement | HTMLSelectElement>(id).value.trim();
}

function input(): Schemas['BusinessInput'] {
  const compliance = value('business-compliance');
  const kbli = value('business-kbli');
  return {
    nib: value('business-nib'),
    name: value('business-name'),
    scale: value('business-scale') as NonNullable<Business['scale']>,
    sector: 'other',
    ...(compliance === '' ? {} : { compliance: compliance as NonNullable<Business['compliance']> }),
    locations: [{
      location: value('business-location'),
      activities: [{ risk: value('business-risk') as Business['locations'][number]['activities'][number]['risk'], ...(kbli === '' ? {} : { kbli }) }],
    }],
  };
}

/** Wires the registration form. */
export function setUpBusinessForm(): void {
  const form = element<HTMLFormElement>('business-form');
  const feedback: Feedback = { summary: element('business-summary'), status: element('business-status') };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const created = await submitWith(feedback, element<HTMLButtonElement>('business-submit'), () => api.POST('/businesses', { body: input() }));
    if (created === undefined) return;
    form.reset();
    feedback.status.textContent = `${say(TEXT.registered)}: ${created.name} (${created.nib})`;
    await loadBusinesses();
  });
}
