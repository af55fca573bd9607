// Fixtures of the scheduler tests (not exported from the package): applications carried by core's own events to
// the payment step and the survey step, stored as they would be by the application routes.
import { applyEvent, createApplication, type Application, type ApplicationEvent, type LifecycleContext } from '@satupintu/core';
import type { Store } from '../store/types.js';

/** An instant in WIB. */
export const wib = (date: string, time = '09:00') => `${date}T${time}:00+07:00`;

const doc = (key: string) => ({ key, fileName: `${key}.pdf`, mediaType: 'application/pdf', size: 120_000, sha256: 'ab'.repeat(32) });
const PERSON = { kind: 'person', name: 'Siti Rahma', nik: '3578015208900003', phone: '+6281234567890', email: 'siti@example.id' } as const;
const FEE = {
  assessment: {
    permitType: 'imb', total: 9_000_000,
    lines: [{
      kind: 'charge', label: { id: 'Bangunan', en: 'Building' }, quantity: 120, unit: { id: 'm²', en: 'm²' }, rate: 50_000, amount: 9_000_000,
      source: { regulation: 'M13', article: 'Lampiran II angka 1' },
    }],
  },
  sequence: 7,
} as const;

function run(application: Application, events: readonly ApplicationEvent[], context: LifecycleContext): Application {
  return events.reduce((app, event) => {
    const step = applyEvent(app, event, context);
    if (!step.ok) throw new Error(`${event.type}: ${step.error.code} ${step.error.message.en}`);
    return step.value.application;
  }, application);
}

/** An IMB filed Monday 2 March 2026, approved on 5 March with a fee of Rp 9,000,000: awaiting payment (due 2026-03-26). */
export function imbAwaitingPayment(id: string, sequence: number, context: LifecycleContext): Application {
  return imbSteps(id, sequence, context, 5);
}

/** The same IMB only filed (submitted on 2 March 2026): its service clock runs. */
export function imbFiled(id: string, sequence: number, context: LifecycleContext): Application {
  return imbSteps(id, sequence, context, 1);
}

function imbSteps(id: string, sequence: number, context: LifecycleContext, steps: number): Application {
  const created = createApplication({ id, permitType: 'imb', applicant: PERSON, details: { multiStorey: false, businessBuilding: false }, createdAt: wib('2026-03-02', '08:00') }, context);
  if (!created.ok) throw new Error(created.error.message.en);
  return run(created.value, [
    { type: 'submit', actor: { id: 'u-siti', role: 'applicant' }, at: wib('2026-03-02'), documents: ['application-form', 'building-drawings', 'land-title', 'ktp', 'pbb-receipt'].map(doc), declaration: true, receiptSequence: sequence },
    { type: 'verify', actor: { id: 'adm-1', role: 'admin-officer' }, at: wib('2026-03-03') },
    { type: 'validate', actor: { id: 'adm-1', role: 'admin-officer' }, at: wib('2026-03-03', '10:00') },
    { type: 'recommend', actor: { id: 'tek-1', role: 'technical-officer' }, at: wib('2026-03-04'), favourable: true },
    { type: 'approve', actor: { id: 'kadis', role: 'head-of-office' }, at: wib('2026-03-05'), fee: { ...FEE, sequence } },
  ].slice(0, steps) as ApplicationEvent[], context);
}

/** The same file at the survey step, requested on `requestedOn` (as core's own APP-08 test sets it up). */
export function imbAwaitingSurvey(id: string, sequence: number, requestedOn: string, context: LifecycleContext): Application {
  return { ...imbAwaitingPayment(id, sequence, context), state: 'awaiting-survey', survey: { requestedOn, remindersSent: [] } };
}

/** Stores applications as the owner `u-siti`. */
export async function storeAll(store: Store, applications: readonly Application[]): Promise<void> {
  for (const application of applications) await store.applications.create(application, 'u-siti', wib('2026-03-05'));
}

/** A clock the test moves. */
export interface TestClock {
  readonly now: () => string;
  set(instant: string): void;
}

/** A clock standing at `start` until the test sets it. */
export function testClock(start: string): TestClock {
  let current = new Date(start).toISOString();
  return { now: () => current, set: (instant) => { current = new Date(instant).toISOString(); } };
}
