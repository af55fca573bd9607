import { parseIsoDate, type IsoDate } from '../calendar/iso-date.js';
import { cite } from '../citation.js';
import { fail, ok, type Result } from '../result.js';
import { COMPLAINT_ADMISSIBILITY, COMPLAINT_GROUNDS, COMPLAINT_TARGETS, admissibleGrounds, type ComplaintAdmissibility, type ComplaintGround, type ComplaintTarget } from './complaint-grounds.js';
import { COMPLAINT_EVENTS, COMPLAINT_STATES, COMPLAINT_TRANSITIONS, type ComplaintEvent, type ComplaintState, type ComplaintTransition } from './complaint-lifecycle.js';
import { lifecycleRecord, takeLifecycleStep, type CaseEventInput, type CaseMachine, type CaseStepRecord, type TrackedCase } from './lifecycle.js';
import { checkChoice } from '../choice-input.js';
import { checkText } from '../text-input.js';

/** Who complains (B98 Pasal 37 ayat (1)): a member of the public or a business. */
export type ComplainantKind = 'public' | 'business';
/** How the complaint came in (B98 Pasal 36 ayat (2)): in person, in writing, or electronically (OSS or another channel). */
export type ComplaintChannel = 'direct' | 'written' | 'electronic';

/** What a complaint is about: as filed, and as kept with the complaint. */
export interface ComplaintFacts {
  readonly complainant: { readonly kind: ComplainantKind; readonly name: string };
  readonly target: { readonly kind: ComplaintTarget; readonly name: string };
  readonly ground: ComplaintGround;
  readonly description: string;
  /** References to the supporting evidence or documents (at least one, Pasal 37 ayat (6)). */
  readonly evidence: readonly string[];
  readonly channel: ComplaintChannel;
}

/** Input of {@link fileComplaint}. */
export interface ComplaintInput extends ComplaintFacts {
  readonly id: string;
  readonly filedOn: IsoDate;
  /** The officer who takes the complaint in. */
  readonly receivedBy: string;
}

/** A complaint in its lifecycle, with its record. */
export interface Complaint extends TrackedCase<ComplaintState, ComplaintEvent>, ComplaintFacts {}

/** One recorded step of a complaint. */
export type ComplaintRecord = CaseStepRecord<ComplaintState, ComplaintEvent>;

/** A complaint after a step and the record to keep. */
export interface ComplaintStep {
  readonly complaint: Complaint;
  readonly record: ComplaintRecord;
}

/** The tables a municipality may replace: which grounds each target admits, and the lifecycle. */
export interface ComplaintRules {
  readonly admissibility: readonly ComplaintAdmissibility[];
  readonly transitions: readonly ComplaintTransition[];
}

/** B98 Pasal 37 as shipped. */
export const DEFAULT_COMPLAINT_RULES: ComplaintRules = { admissibility: COMPLAINT_ADMISSIBILITY, transitions: COMPLAINT_TRANSITIONS };

const ALL_GROUNDS = COMPLAINT_GROUNDS.map((g) => g.ground);
const MAX_EVIDENCE = 50;

function letters(grounds: readonly ComplaintGround[]): string {
  return grounds.map((g) => {
    const row = COMPLAINT_GROUNDS.find((r) => r.ground === g);
    return row ? `${row.letter} (${g})` : g;
  }).join(', ');
}

function checkEvidence(evidence: unknown): Result<readonly string[]> {
  if (!Array.isArray(evidence) || evidence.length === 0) {
    return fail('complaint.evidence-required', {
      id: 'Pengaduan wajib disertai bukti/dokumen pendukung (Pasal 37 ayat (6)).',
      en: 'A complaint must come with supporting evidence or documents (Pasal 37 ayat (6)).',
    }, 'evidence');
  }
  if (evidence.length > MAX_EVIDENCE) {
    return fail('complaint.evidence-too-many', { id: `Paling banyak ${MAX_EVIDENCE} bukti.`, en: `At most ${MAX_EVIDENCE} pieces of evidence.` }, 'evidence');
  }
  for (const [i, item] of evidence.entries()) {
    const checked = checkText(item, `evidence.${i}`, { maxLength: 500, multiline: true });
    if (!checked.ok) return checked;
  }
  return ok([...evidence] as string[]);
}

function checkParty<K extends string>(party: unknown, kinds: readonly K[], path: string, what: { id: string; en: string }): Result<{ kind: K; name: string }> {
  if (typeof party !== 'object' || party === null) {
    return fail('complaint.party-required', { id: `${what.id} wajib diisi.`, en: `The ${what.en} is required.` }, path);
  }
  const p = party as { kind?: unknown; name?: unknown };
  const kind = checkChoice(p.kind, kinds, `${path}.kind`, `complaint.${path}-invalid`, what);
  if (!kind.ok) return kind;
  const name = checkText(p.name, `${path}.name`, { maxLength: 200 });
  if (!name.ok) return name;
  return ok({ kind: kind.value, name: name.value });
}

/**
 * Takes a complaint in (CMP-01): checks the complainant, the target, that the ground is one the target admits
 * (Pasal 37 ayat (3)–(5); otherwise `complaint.ground-not-admissible`, naming the allowed grounds) and that evidence
 * is attached (`complaint.evidence-required`). Returns the complaint in state `received` and its first record.
 *
 * @example
 * ```ts
 * fileComplaint({ id: 'ADU-2026-014', complainant: { kind: 'public', name: 'Warga RT 03' },
 *   target: { kind: 'business', name: 'CV Maju' }, ground: 'business-nonconformity',
 *   description: 'Limbah cair dibuang ke saluran warga', evidence: ['foto-2026-02-01.jpg'],
 *   channel: 'electronic', filedOn: '2026-02-02', receivedBy: 'cs-desk-1' });
 * ```
 */
export function fileComplaint(input: ComplaintInput, rules: ComplaintRules = DEFAULT_COMPLAINT_RULES): Result<ComplaintStep> {
  if (typeof input !== 'object' || input === null) {
    return fail('complaint.input-invalid', { id: 'Data pengaduan tidak ada.', en: 'The complaint data is missing.' }, 'input');
  }
  const id = checkText(input.id, 'id', { maxLength: 100 });
  if (!id.ok) return id;
  const complainant = checkParty(input.complainant, ['public', 'business'] as const, 'complainant', { id: 'Pengadu', en: 'complainant' });
  if (!complainant.ok) return complainant;
  const target = checkParty(input.target, COMPLAINT_TARGETS, 'target', { id: 'Pihak yang diadukan', en: 'complaint target' });
  if (!target.ok) return target;
  const ground = checkChoice(input.ground, ALL_GROUNDS, 'ground', 'complaint.ground-invalid', { id: 'Dasar pengaduan', en: 'complaint ground' });
  if (!ground.ok) return ground;
  const allowed = admissibleGrounds(target.value.kind, rules.admissibility);
  if (!allowed.includes(ground.value)) {
    const row = rules.admissibility.find((r) => r.target === target.value.kind);
    return fail('complaint.ground-not-admissible', {
      id: `Pengaduan terhadap ${target.value.kind} hanya dapat berdasarkan Pasal 37 ayat (2) huruf ${letters(allowed)}${row ? ` (${row.source.article})` : ''}.`,
      en: `A complaint against ${target.value.kind} may only rest on Pasal 37 ayat (2) letters ${letters(allowed)}${row ? ` (${row.source.article})` : ''}.`,
    }, 'ground');
  }
  const description = checkText(input.description, 'description', { maxLength: 4000, multiline: true });
  if (!description.ok) return description;
  const evidence = checkEvidence(input.evidence);
  if (!evidence.ok) return evidence;
  const channel = checkChoice(input.channel, ['direct', 'written', 'electronic'] as const, 'channel', 'complaint.channel-invalid', { id: 'Saluran pengaduan', en: 'complaint channel' });
  if (!channel.ok) return channel;
  const filedOn = parseIsoDate(input.filedOn, 'filedOn');
  if (!filedOn.ok) return filedOn;
  const receivedBy = checkText(input.receivedBy, 'receivedBy', { maxLength: 100 });
  if (!receivedBy.ok) return receivedBy;
  const record = lifecycleRecord<ComplaintState, ComplaintEvent>({
    sequence: 1, event: 'opened', state: 'received', on: filedOn.value, by: receivedBy.value,
    source: cite('B98', 'Pasal 36, Pasal 37 ayat (1)–(6)'),
  }, undefined);
  const complaint: Complaint = {
    id: id.value, state: 'received', since: filedOn.value, records: [record],
    complainant: complainant.value, target: target.value, ground: ground.value,
    description: description.value, evidence: evidence.value, channel: channel.value,
  };
  return ok({ complaint, record });
}

/**
 * Takes a complaint one step through the lifecycle of CMP-02 (see {@link COMPLAINT_TRANSITIONS}). An event the
 * table does not allow for the complaint's state, target and ground is an error naming the allowed events.
 *
 * @example
 * ```ts
 * nextComplaintStep(complaint, { type: 'start-verification', by: 'verifier-2' }, '2026-02-03');
 * ```
 */
export function nextComplaintStep(complaint: Complaint, event: CaseEventInput<ComplaintEvent>, on: IsoDate, rules: ComplaintRules = DEFAULT_COMPLAINT_RULES): Result<ComplaintStep> {
  const machine: CaseMachine<ComplaintState, ComplaintEvent, ComplaintTransition> = {
    name: { prefix: 'complaint', subject: { id: 'Pengaduan', en: 'complaint' } },
    states: COMPLAINT_STATES,
    events: COMPLAINT_EVENTS,
    table: rules.transitions,
  };
  const target = complaint?.target?.kind;
  const ground = complaint?.ground;
  const step = takeLifecycleStep(machine, complaint, event, on, (row) =>
    (row.targets === undefined || (target !== undefined && row.targets.includes(target)))
    && (row.grounds === undefined || (ground !== undefined && row.grounds.includes(ground))));
  if (!step.ok) return step;
  return ok({ complaint: step.value.item, record: step.value.record });
}
