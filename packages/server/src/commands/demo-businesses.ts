import { locationInspections, parseNib, type JsonValue, type Role } from '@satupintu/core';
import type { BusinessInput } from '../http/routes/businesses.js';
import type { Store } from '../store/types.js';

/**
 * The demo municipality's supervised businesses: one per risk level (SUP-01), of different scales and compliance
 * ratings, so the supervisor's plan page has something to plan (SUP-02 … SUP-05). NIBs are 13 digits (IDN-03).
 */
export const DEMO_BUSINESSES: readonly BusinessInput[] = [
  {
    nib: '9120000000011', name: 'Warung Kopi Sederhana (demo)', scale: 'micro', sector: 'other',
    locations: [{ location: 'Jl. Majapahit 12, Mojokerto', activities: [{ risk: 'low', kbli: '56303' }] }],
  },
  {
    nib: '9120000000022', name: 'CV Roti Manis (demo)', scale: 'small', compliance: 'good', sector: 'other', plannedInvestment: 750_000_000,
    locations: [{ location: 'Jl. Gajah Mada 45, Mojokerto', activities: [{ risk: 'medium-low', kbli: '10710' }] }],
  },
  {
    nib: '9120000000033', name: 'PT Gudang Sejahtera (demo)', scale: 'medium', sector: 'other', plannedInvestment: 4_000_000_000, basicRequirementsMet: true,
    locations: [{ location: 'Jl. Raya Surodinawan 8, Mojokerto', activities: [{ risk: 'medium-high', kbli: '52101' }] }],
  },
  {
    nib: '9120000000044', name: 'PT Kimia Nusantara (demo)', scale: 'large', compliance: 'poor', sector: 'other', plannedInvestment: 25_000_000_000,
    nationalPriority: true, realisationPercent: 60,
    locations: [
      { location: 'Kawasan Industri Ngoro Blok C-3', activities: [{ risk: 'high', kbli: '20115' }, { risk: 'medium-high', kbli: '46651' }] },
    ],
  },
];

/**
 * Registers the {@link DEMO_BUSINESSES} that are not stored yet (a business is stored under its NIB), each with its
 * audit entry `business.registered` by the seed command; returns how many it added. Running it again adds nothing.
 */
export async function seedDemoBusinesses(store: Store, now: string): Promise<number> {
  let added = 0;
  for (const input of DEMO_BUSINESSES) {
    const nib = parseNib(input.nib);
    if (!nib.ok) throw new Error(`demo business ${input.name}: ${nib.error.message.en}`);
    for (const { activities } of input.locations) {
      const checked = locationInspections(activities, { ...(input.scale === undefined ? {} : { scale: input.scale }), ...(input.compliance === undefined ? {} : { compliance: input.compliance }) });
      if (!checked.ok) throw new Error(`demo business ${input.name}: ${checked.error.message.en}`);
    }
    if (await store.businesses.get(nib.value.nib)) continue;
    await store.transaction(async (tx) => {
      await tx.businesses.create(nib.value.nib, { kind: 'business', ...input } as unknown as JsonValue, now);
      const entry = await tx.audit.append({
        at: now, actor: { id: 'cli', role: 'system' as Role }, action: 'business.registered', subject: { type: 'business', id: nib.value.nib },
        before: null, after: { scale: input.scale ?? null, compliance: input.compliance ?? null, locations: input.locations.length },
      });
      if (!entry.ok) throw new Error(entry.error.message.en);
    });
    added += 1;
  }
  return added;
}
