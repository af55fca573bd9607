import type { SpError } from '../result.js';
import { REPRESENTATIVE_DETAIL, conditionDetails, evaluateCondition } from './conditions.js';
import type { ApplicationDetails, Catalog, CompletionCase, Condition, DetailDeclaration, PermitType } from './types.js';

/** The most value combinations tried when looking for a gap in the cases of a completion time. */
const MAX_COMBINATIONS = 4096;

type DetailTypes = ReadonlyMap<string, 'boolean' | 'number'>;

const issue = (code: string, path: string, id: string, en: string): SpError => ({ code, path, message: { id, en } });

/** Reports the second and later entries whose `key(entry)` repeats an earlier one. */
function duplicates<T>(entries: readonly T[], key: (entry: T) => string, path: (i: number) => string, code: string, what: { id: string; en: string }): SpError[] {
  const seen = new Set<string>();
  const found: SpError[] = [];
  entries.forEach((entry, i) => {
    const k = key(entry);
    if (seen.has(k)) found.push(issue(code, path(i), `${what.id} "${k}" dipakai lebih dari sekali.`, `${what.en} "${k}" is used more than once.`));
    seen.add(k);
  });
  return found;
}

function checkCondition(condition: Condition, types: DetailTypes, path: string): SpError[] {
  const raw = condition as { detail?: unknown; anyOf?: unknown; allOf?: unknown };
  const forms = ['detail', 'anyOf', 'allOf'].filter((k) => raw[k as keyof typeof raw] !== undefined);
  if (forms.length !== 1) {
    return [issue('catalog.condition-invalid', path, 'Syarat harus berisi tepat satu dari: detail, anyOf, allOf.', 'A condition must have exactly one of: detail, anyOf, allOf.')];
  }
  if ('anyOf' in condition) return condition.anyOf.flatMap((c, i) => checkCondition(c, types, `${path}.anyOf.${i}`));
  if ('allOf' in condition) return condition.allOf.flatMap((c, i) => checkCondition(c, types, `${path}.allOf.${i}`));
  const type = types.get(condition.detail);
  if (type === undefined) {
    return [issue('catalog.detail-undeclared', `${path}.detail`, `Detail "${condition.detail}" tidak dideklarasikan pada jenis izin ini.`, `The detail "${condition.detail}" is not declared by this permit type.`)];
  }
  if ((type === 'boolean') !== (condition.op === 'eq')) {
    return [issue('catalog.condition-invalid', `${path}.op`,
      type === 'boolean' ? `Detail ya/tidak "${condition.detail}" hanya dapat dibandingkan dengan eq.` : `Detail angka "${condition.detail}" dibandingkan dengan gt, gte, lt atau lte.`,
      type === 'boolean' ? `The yes/no detail "${condition.detail}" can only be compared with eq.` : `The number detail "${condition.detail}" is compared with gt, gte, lt or lte.`)];
  }
  return [];
}

function checkDetails(details: readonly DetailDeclaration[], path: string): SpError[] {
  const found = duplicates(details, (d) => d.key, (i) => `${path}.${i}.key`, 'catalog.duplicate-key', { id: 'Kunci detail', en: 'The detail key' });
  details.forEach((d, i) => {
    if (d.key === REPRESENTATIVE_DETAIL) {
      found.push(issue('catalog.reserved-key', `${path}.${i}.key`, `Kunci "${REPRESENTATIVE_DETAIL}" sudah disediakan (pemohon melalui kuasa).`, `The key "${REPRESENTATIVE_DETAIL}" is built in (the applicant acts through a representative).`));
    }
    if (d.default !== undefined && typeof d.default !== d.type) {
      found.push(issue('catalog.default-invalid', `${path}.${i}.default`, `Nilai bawaan harus bertipe ${d.type}.`, `The default must be of type ${d.type}.`));
    }
  });
  return found;
}

/** Candidate values that reach every region the thresholds of `detail` split the numbers ≥ 0 into. */
function numberCandidates(cases: readonly CompletionCase[], detail: string): number[] {
  const thresholds = new Set<number>();
  const visit = (c: Condition): void => {
    if ('anyOf' in c) c.anyOf.forEach(visit);
    else if ('allOf' in c) c.allOf.forEach(visit);
    else if (c.detail === detail && typeof c.value === 'number') thresholds.add(c.value);
  };
  cases.forEach((c) => visit(c.when));
  const sorted = [...thresholds].sort((a, b) => a - b);
  const candidates = new Set<number>([0]);
  sorted.forEach((t, i) => {
    candidates.add(t);
    candidates.add(i + 1 < sorted.length ? (t + (sorted[i + 1] as number)) / 2 : t + 1);
    if (i === 0) candidates.add(t - 1);
  });
  return [...candidates].filter((v) => v >= 0);
}

/** A combination of known details that no case of a completion time covers, if there is one. */
function findGap(cases: readonly CompletionCase[], types: DetailTypes): ApplicationDetails | undefined {
  const keys = [...new Set(cases.flatMap((c) => conditionDetails(c.when)))];
  const domains = keys.map((k) => (types.get(k) === 'boolean' ? [true, false] : numberCandidates(cases, k)));
  if (domains.reduce((n, d) => n * d.length, 1) > MAX_COMBINATIONS) return undefined;
  let combinations: Record<string, boolean | number>[] = [{}];
  keys.forEach((k, i) => {
    combinations = combinations.flatMap((partial) => (domains[i] as (boolean | number)[]).map((v) => ({ ...partial, [k]: v })));
  });
  return combinations.find((details) => !cases.some((c) => evaluateCondition(c.when, details) === true));
}

function checkPermitType(type: PermitType, path: string, complete: boolean): SpError[] {
  const found = checkDetails(type.details, `${path}.details`);
  const types: DetailTypes = new Map<string, 'boolean' | 'number'>([
    [REPRESENTATIVE_DETAIL, 'boolean'], ...type.details.map((d) => [d.key, d.type] as const),
  ]);
  found.push(...duplicates(type.requirements, (r) => r.key, (i) => `${path}.requirements.${i}.key`, 'catalog.duplicate-key', { id: 'Kunci persyaratan', en: 'The requirement key' }));
  type.requirements.forEach((r, i) => {
    if (r.condition !== undefined) found.push(...checkCondition(r.condition, types, `${path}.requirements.${i}.condition`));
  });
  const time = type.completionTime;
  if (time.kind === 'by-case') {
    const before = found.length;
    time.cases.forEach((c, i) => found.push(...checkCondition(c.when, types, `${path}.completionTime.cases.${i}.when`)));
    const gap = found.length === before ? findGap(time.cases, types) : undefined;
    if (gap !== undefined) {
      const example = JSON.stringify(gap);
      found.push(issue('catalog.completion-gap', `${path}.completionTime.cases`,
        `Tidak ada kasus waktu penyelesaian yang berlaku untuk ${example}.`, `No completion-time case applies to ${example}.`));
    }
  }
  if (complete && time.kind === 'setting-required') {
    found.push(issue('catalog.setting-required', `${path}.completionTime`,
      `Waktu penyelesaian ${type.id} belum ditetapkan kota: ${time.reason.id}`, `The completion time of ${type.id} is not set by the municipality: ${time.reason.en}`));
  }
  return found;
}

/**
 * The problems of a catalog that a JSON Schema cannot express. Only the permit types at `checkable` (those the
 * schema found sound) are read in depth; ids are compared wherever they are strings.
 */
export function semanticIssues(catalog: Catalog, complete: boolean, checkable: ReadonlySet<number>): SpError[] {
  const withIds = catalog.permitTypes
    .map((t, i) => ({ id: (t as { id?: unknown } | null)?.id, i }))
    .filter((t): t is { id: string; i: number } => typeof t.id === 'string');
  return [
    ...duplicates(withIds, (t) => t.id, (k) => `permitTypes.${(withIds[k] as { i: number }).i}.id`, 'catalog.duplicate-id', { id: 'Id jenis izin', en: 'The permit type id' }),
    ...catalog.permitTypes.flatMap((t, i) => (checkable.has(i) ? checkPermitType(t, `permitTypes.${i}`, complete) : [])),
  ];
}
