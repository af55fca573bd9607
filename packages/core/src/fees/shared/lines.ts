import type { Citation } from '../../citation.js';
import { fail, ok, type Failure, type LocalizedText, type Result, type SpError } from '../../result.js';
import type { FeeAssessment, FeeExemption, FeeFactor, FeeLine, PermitFeeType } from '../types.js';
import { addFractions, fractionOf, formatFraction, roundFraction, type Fraction, type RoundingMode } from './exact.js';

/** Units that several calculators share. */
export const UNITS = {
  permit: { id: 'izin', en: 'permit' },
  squareMetre: { id: 'm²', en: 'm²' },
  cubicMetre: { id: 'm³', en: 'm³' },
  lot: { id: 'paket', en: 'lot' },
  rupiah: { id: 'rupiah', en: 'rupiah' },
} as const satisfies Record<string, LocalizedText>;

/** A factor shown as written (150/100) with its reduced form (3/2) that keeps the arithmetic small. */
export interface ExactFactor {
  readonly factor: FeeFactor;
  readonly n: number;
  readonly d: number;
}

function smallGcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** Pairs a factor with its reduced form. */
export function exactFactor(factor: FeeFactor): ExactFactor {
  const g = smallGcd(factor.numerator, factor.denominator);
  return { factor, n: factor.numerator / g, d: factor.denominator / g };
}

/** A charge line whose exact amount may have a fraction of a rupiah; {@link finishAssessment} rounds it. */
export interface ExactLine {
  readonly kind: 'charge';
  readonly label: LocalizedText;
  readonly quantity: number;
  readonly unit: LocalizedText;
  readonly rate: number;
  readonly source: Citation;
  readonly factors: readonly ExactFactor[] | undefined;
  readonly exact: Fraction;
}

/** A whole-rupiah charge line: quantity (a whole number) × rate. */
export function chargeLine(label: LocalizedText, quantity: number, unit: LocalizedText, rate: number, source: Citation): FeeLine {
  return { kind: 'charge', label, quantity, unit, rate, amount: quantity * rate, source };
}

/** quantity × rate × every factor, exactly: in numbers while they stay safe integers, else in `bigint`. */
function exactAmount(quantity: number, rate: number, factors: readonly ExactFactor[] | undefined): Fraction {
  const q = fractionOf(quantity);
  let n = q.n * rate;
  let d = q.d;
  if (factors) for (const f of factors) { n *= f.n; d *= f.d; }
  if (Number.isSafeInteger(n) && Number.isSafeInteger(d)) return { n, d };
  let bn = BigInt(q.n) * BigInt(rate);
  let bd = BigInt(q.d);
  if (factors) for (const f of factors) { bn *= BigInt(f.n); bd *= BigInt(f.d); }
  return { bn, bd };
}

/** A charge line computed exactly: quantity (may have decimals) × rate × every factor. */
export function exactLine(label: LocalizedText, quantity: number, unit: LocalizedText, rate: number, source: Citation,
  factors?: readonly ExactFactor[]): ExactLine {
  return { kind: 'charge', label, quantity, unit, rate, source, factors, exact: exactAmount(quantity, rate, factors) };
}

const ROUNDING_LABELS: Record<RoundingMode, LocalizedText> = {
  'half-up': { id: 'Pembulatan pecahan rupiah, setengah ke atas (sekali, di akhir)', en: 'Rounding of the rupiah fractions, half up (once, at the end)' },
  'half-even': { id: 'Pembulatan pecahan rupiah, setengah ke genap (sekali, di akhir)', en: 'Rounding of the rupiah fractions, half to even (once, at the end)' },
  down: { id: 'Pembulatan pecahan rupiah ke bawah (sekali, di akhir)', en: 'Rounding of the rupiah fractions, down (once, at the end)' },
  up: { id: 'Pembulatan pecahan rupiah ke atas (sekali, di akhir)', en: 'Rounding of the rupiah fractions, up (once, at the end)' },
};

/** The refusal of an amount beyond `Number.MAX_SAFE_INTEGER` rupiah. */
export function tooLarge(path: string): Failure {
  return fail('fee.amount-too-large', {
    id: `Jumlah biaya melebihi batas yang dapat dihitung dengan tepat (Rp ${Number.MAX_SAFE_INTEGER}).`,
    en: `The amount exceeds what can be computed exactly (Rp ${Number.MAX_SAFE_INTEGER}).`,
  }, path);
}

/** How {@link finishAssessment} rounds the fractions of exact lines, and the rule it cites for doing so. */
export interface RoundingRule {
  readonly mode: RoundingMode;
  readonly source: Citation;
}

const DEFAULT_ROUNDING: RoundingRule = { mode: 'half-up', source: { regulation: 'M13', article: 'Lampiran II (pembulatan)' } };

/** The whole-rupiah part of an exact amount and its remaining fraction (none when whole), or `undefined` beyond safe integers. */
function split(exact: Fraction): { whole: number; rest: Fraction | undefined } | undefined {
  if ('n' in exact) {
    const rest = exact.n % exact.d;
    return { whole: (exact.n - rest) / exact.d, rest: rest === 0 ? undefined : { n: rest, d: exact.d } };
  }
  const { bn, bd } = exact;
  const whole = bn / bd;
  const rest = bn % bd;
  return whole > BigInt(Number.MAX_SAFE_INTEGER) ? undefined : { whole: Number(whole), rest: rest === 0n ? undefined : { bn: rest, bd } };
}

function finishLine(draft: ExactLine, amount: number, exact: Fraction | undefined): FeeLine {
  const { label, quantity, unit, rate, source, factors } = draft;
  // One object literal per shape, so the engine sees few hidden classes on this hot path.
  if (factors) {
    const shown = factors.map((f) => f.factor);
    return exact
      ? { kind: 'charge', label, quantity, unit, rate, amount, source, factors: shown, exactAmount: formatFraction(exact) }
      : { kind: 'charge', label, quantity, unit, rate, amount, source, factors: shown };
  }
  return exact
    ? { kind: 'charge', label, quantity, unit, rate, amount, source, exactAmount: formatFraction(exact) }
    : { kind: 'charge', label, quantity, unit, rate, amount, source };
}

/**
 * Completes an assessment: the whole-rupiah part of each exact line becomes its amount, the lines' fractions are
 * added and rounded ONCE (a `rounding` line), every amount and the total are checked to be safe integers
 * (`fee.amount-too-large` otherwise), and the total is the sum of the amounts.
 */
export function finishAssessment(permitType: PermitFeeType, drafts: readonly (FeeLine | ExactLine)[],
  rounding: RoundingRule = DEFAULT_ROUNDING, exemption?: FeeExemption): Result<FeeAssessment> {
  const lines: FeeLine[] = [];
  let total = 0;
  let fractions: Fraction | undefined;
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i] as FeeLine | ExactLine;
    let line: FeeLine;
    if ('exact' in draft) {
      const parts = split(draft.exact);
      if (!parts) return tooLarge(`lines.${i}`);
      const { whole, rest } = parts;
      if (rest) fractions = fractions ? addFractions(fractions, rest) : rest;
      line = finishLine(draft, whole, rest ? draft.exact : undefined);
    } else {
      line = draft;
    }
    if (!Number.isSafeInteger(line.amount)) return tooLarge(`lines.${i}`);
    total += line.amount;
    lines.push(line);
  }
  if (fractions) {
    const amount = Number(roundFraction(fractions, rounding.mode));
    lines.push({
      kind: 'rounding', label: ROUNDING_LABELS[rounding.mode], quantity: 1, unit: UNITS.rupiah, rate: amount, amount,
      source: rounding.source, exactAmount: formatFraction(fractions),
    });
    total += amount;
  }
  if (!Number.isSafeInteger(total)) return tooLarge('total');
  return ok(exemption ? { permitType, total, lines, exemption } : { permitType, total, lines });
}

/**
 * Inserts `item` into `items` so that the table row indexes in `order` stay ascending: lines follow the order of the
 * tariff table whatever the order of the input's keys (a few items; cheaper than sorting).
 */
export function insertInTableOrder<T>(items: T[], order: number[], index: number, item: T): void {
  let at = items.length;
  items.push(item);
  order.push(index);
  for (; at > 0 && (order[at - 1] as number) > index; at--) {
    items[at] = items[at - 1] as T;
    order[at] = order[at - 1] as number;
    items[at - 1] = item;
    order[at - 1] = index;
  }
}

/** A failed result from an error found by a `check…` helper. */
export function refused(error: SpError): Failure {
  return { ok: false, error };
}
