/** A non-negative rational `n / d` in plain numbers, exact while both stay safe integers (every step checks). */
export interface SmallFraction {
  readonly n: number;
  readonly d: number;
}

/** A non-negative rational `bn / bd` in `bigint`, for values beyond safe integers. */
export interface BigFraction {
  readonly bn: bigint;
  readonly bd: bigint;
}

/**
 * Exact rational arithmetic for rupiah: small values in numbers, larger ones in `bigint`. The two kinds have distinct
 * property names so that the engine never mixes number and bigint fields in one object shape.
 */
export type Fraction = SmallFraction | BigFraction;

/**
 * How a fractional amount becomes whole: `half-up` (0.5 → 1, the FEE-01 Interpretation), `half-even` (banker's
 * rounding), `down` (drop the fraction) or `up` (any fraction → the next whole number).
 */
export type RoundingMode = 'half-up' | 'half-even' | 'down' | 'up';

/** The rounding modes a setting may name. */
export const ROUNDING_MODES: readonly RoundingMode[] = ['half-up', 'half-even', 'down', 'up'];

/** The most decimal places a measured quantity (m², m³, a period) may carry; finer values are float artefacts. */
export const MAX_DECIMALS = 6;

const POWERS = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];
// Below 2^33 a double's spacing is under 10^-6, so at most one decimal of ≤ 6 places reads back as the number.
const FAST_LIMIT = 2 ** 33;

/**
 * The shortest decimal that reads back as `value` (≥ 0), as `units / 10^scale` with scale ≤ {@link MAX_DECIMALS}
 * — `120.3` is 1203/10, not the binary double nearest to it — or `undefined` when it needs more places.
 */
export function decimalOf(value: number): { readonly units: number; readonly scale: number } | undefined {
  if (Number.isInteger(value)) return { units: value, scale: 0 };
  if (value < FAST_LIMIT) {
    for (let scale = 1; scale <= MAX_DECIMALS; scale++) {
      const power = POWERS[scale] as number;
      const units = Math.round(value * power);
      if (units / power === value) return { units, scale };
    }
    return undefined;
  }
  const text = String(value);
  const point = text.indexOf('.');
  const scale = text.length - point - 1;
  return point < 0 || text.includes('e') || scale > MAX_DECIMALS ? undefined : { units: Number(text.replace('.', '')), scale };
}

/** The exact value of a number already accepted by `checkNumber` (finite, ≥ 0, ≤ 6 decimals). */
export function fractionOf(value: number): SmallFraction {
  const decimal = decimalOf(value) as { units: number; scale: number };
  return { n: decimal.units, d: POWERS[decimal.scale] as number };
}

/** Whether rounding `whole + rest/d` (0 < rest < d) goes up, given how twice the rest compares with d. */
function roundsUp(mode: RoundingMode, twiceRestVersusD: number, wholeIsOdd: boolean): boolean {
  switch (mode) {
    case 'down': return false;
    case 'up': return true;
    case 'half-up': return twiceRestVersusD >= 0;
    case 'half-even': return twiceRestVersusD > 0 || (twiceRestVersusD === 0 && wholeIsOdd);
  }
}

/** `n / d` rounded to a whole number by `mode`, for safe integers n ≥ 0 and d > 0. */
function roundRatio(n: number, d: number, mode: RoundingMode): number {
  const rest = n % d;
  const whole = (n - rest) / d;
  return rest !== 0 && roundsUp(mode, Math.sign(2 * rest - d), whole % 2 === 1) ? whole + 1 : whole;
}

/** `n / d` rounded to a whole number by `mode` (n ≥ 0, d > 0), in the arithmetic of its kind. */
export function roundFraction(fraction: Fraction, mode: RoundingMode): number | bigint {
  if ('n' in fraction) return roundRatio(fraction.n, fraction.d, mode);
  const { bn: n, bd: d } = fraction;
  const rest = n % d;
  const whole = n / d;
  const twice = 2n * rest;
  return rest !== 0n && roundsUp(mode, twice > d ? 1 : twice === d ? 0 : -1, whole % 2n === 1n) ? whole + 1n : whole;
}

/**
 * `value / divisor` rounded to a whole number by `mode`, computed exactly: `value` (≥ 0, at most 6 decimals, as
 * accepted by `checkNumber`) is read as its decimal, `divisor` is a positive whole number (1 rounds `value` itself).
 */
export function roundQuotient(value: number, divisor: number, mode: RoundingMode): number {
  const { units, scale } = decimalOf(value) as { units: number; scale: number };
  const d = (POWERS[scale] as number) * divisor;
  if (Number.isSafeInteger(d)) return roundRatio(units, d, mode);
  return Number(roundFraction({ bn: BigInt(units), bd: BigInt(POWERS[scale] as number) * BigInt(divisor) }, mode));
}

/** A number (≥ 0, at most 6 decimals) rounded to a whole number by `mode`, computed exactly. */
export function roundNumber(value: number, mode: RoundingMode): number {
  return Number.isInteger(value) ? value : roundQuotient(value, 1, mode);
}

/** The fraction in `bigint` arithmetic. */
export function toBig(fraction: Fraction): BigFraction {
  return 'n' in fraction ? { bn: BigInt(fraction.n), bd: BigInt(fraction.d) } : fraction;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function smallGcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** The sum of two fractions, in numbers while they stay safe, else in `bigint`. */
export function addFractions(a: Fraction, b: Fraction): Fraction {
  if ('n' in a && 'n' in b) {
    const d = (a.d / smallGcd(a.d, b.d)) * b.d;
    const n = a.n * (d / a.d) + b.n * (d / b.d);
    if (Number.isSafeInteger(n) && Number.isSafeInteger(d)) return { n, d };
  }
  const x = toBig(a);
  const y = toBig(b);
  return { bn: x.bn * y.bd + y.bn * x.bd, bd: x.bd * y.bd };
}

/** Whether a reduced denominator has no prime factor but 2 and 5: then the decimal ends, after this many digits. */
function decimalDigitsOf(d: bigint): number | undefined {
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) { d /= 2n; twos++; }
  while (d % 5n === 0n) { d /= 5n; fives++; }
  return d === 1n ? Math.max(twos, fives) : undefined;
}

/**
 * The decimal digits of `rest / den` (0 < rest < den) when that decimal ends — `den` needs no reducing: it ends
 * exactly when den has no prime factor but 2 and 5 — trailing zeros dropped; else `undefined`.
 */
function decimalFractionDigits(rest: number, den: number): string | undefined {
  let twos = 0;
  let fives = 0;
  let other = den;
  while (other % 2 === 0) { other /= 2; twos++; }
  while (other % 5 === 0) { other /= 5; fives++; }
  const digits = Math.max(twos, fives);
  if (other !== 1 || digits > 15) return undefined;
  let scaled = rest * ((10 ** digits) / den);
  let kept = digits;
  while (scaled % 10 === 0) { scaled /= 10; kept--; }
  return String(scaled).padStart(kept, '0');
}

/**
 * An exact fraction written for people, with a `.` decimal point: `1804500.375`, or a mixed fraction `333333 1/3`
 * when the decimal would not end.
 */
export function formatFraction(fraction: Fraction): string {
  if ('n' in fraction) {
    const { n, d } = fraction;
    const rest = n % d;
    const whole = (n - rest) / d;
    if (rest === 0) return String(whole);
    const digits = decimalFractionDigits(rest, d);
    if (digits !== undefined) return `${whole}.${digits}`;
  }
  const { bn: n, bd: d } = toBig(fraction);
  const divisor = gcd(n, d);
  const num = n / divisor;
  const den = d / divisor;
  const whole = num / den;
  const rest = num % den;
  if (rest === 0n) return String(whole);
  const digits = decimalDigitsOf(den);
  if (digits === undefined) return whole === 0n ? `${rest}/${den}` : `${whole} ${rest}/${den}`;
  return `${whole}.${String((rest * 10n ** BigInt(digits)) / den).padStart(digits, '0')}`;
}
