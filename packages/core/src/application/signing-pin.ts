import { fail, ok, type Result } from '../result.js';
import { checkInteger, checkText } from './input-checks.js';
import { formatInstant, parseInstant } from './instant.js';

/** A source of cryptographically strong random bytes, injected (core has no randomness of its own). */
export type RandomBytes = (length: number) => Uint8Array;

/** The part of WebCrypto's `SubtleCrypto` the PIN needs. */
export interface HmacSubtle {
  importKey(format: 'raw', keyData: Uint8Array, algorithm: { name: 'HMAC'; hash: 'SHA-256' }, extractable: false, usages: ['sign']): Promise<CryptoKey>;
  sign(algorithm: 'HMAC', key: CryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
}

/**
 * What the server stores for a signing PIN (APP-07): never the PIN, only HMAC-SHA-256(secret, salt ‖ official ‖
 * application ‖ PIN) with a random salt, when it expires and how many attempts are left. Without the secret a
 * leaked store does not give the PINs away.
 */
export interface SigningChallenge {
  readonly id: string;
  readonly officialId: string;
  readonly applicationId: string;
  readonly salt: string;
  readonly hash: string;
  readonly issuedAt: string;
  readonly expiresAt: string;
  readonly attemptsLeft: number;
}

/** Proof that an official entered the right PIN for an application; the `sign` event carries it. */
export interface SigningConfirmation {
  readonly challengeId: string;
  readonly officialId: string;
  readonly applicationId: string;
  readonly confirmedAt: string;
}

/** Input of {@link issueSigningPin}. */
export interface IssueSigningPinInput {
  readonly random: RandomBytes;
  /** The instant of issue. */
  readonly now: string;
  /** The server's HMAC key: at least 16 bytes. */
  readonly secret: Uint8Array;
  /** How long the PIN stays valid: 30 to 3600 seconds. */
  readonly ttlSeconds: number;
  readonly officialId: string;
  readonly applicationId: string;
  /** Digits of the PIN, 6 (default) to 10. */
  readonly digits?: number;
  /** Wrong entries allowed before the lock-out, 1 to 10; default 3. */
  readonly maxAttempts?: number;
  /** WebCrypto's `SubtleCrypto`; defaults to `globalThis.crypto.subtle`. */
  readonly subtle?: HmacSubtle;
}

/** The outcome of {@link checkSigningPin}; `challenge` is the record to store back (attempts counted). */
export type PinCheck =
  | { readonly status: 'ok'; readonly confirmation: SigningConfirmation; readonly challenge: SigningChallenge }
  | { readonly status: 'wrong'; readonly attemptsLeft: number; readonly challenge: SigningChallenge }
  | { readonly status: 'expired'; readonly challenge: SigningChallenge }
  | { readonly status: 'locked'; readonly challenge: SigningChallenge };

const encoder = new TextEncoder();

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function platformSubtle(): HmacSubtle | undefined {
  return (globalThis as { crypto?: { subtle?: HmacSubtle } }).crypto?.subtle;
}

async function pinHash(subtle: HmacSubtle, secret: Uint8Array, parts: readonly string[]): Promise<string> {
  const key = await subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  // Length-prefixed parts, so no two different tuples give the same message.
  const message = parts.map((p) => `${p.length}:${p}`).join('|');
  return hex(new Uint8Array(await subtle.sign('HMAC', key, encoder.encode(message))));
}

/** Equal-length strings compared without an early exit, so timing does not reveal how much of a hash matched. */
function sameText(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.min(a.length, b.length); i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

function checkSecret(secret: unknown): Result<Uint8Array> {
  return secret instanceof Uint8Array && secret.length >= 16
    ? ok(secret)
    : fail('signing.secret-invalid', { id: 'Kunci rahasia PIN minimal 16 bita.', en: 'The PIN secret must be at least 16 bytes.' }, 'secret');
}

function randomBytes(random: RandomBytes, length: number): Result<Uint8Array> {
  const bytes = typeof random === 'function' ? random(length) : undefined;
  return bytes instanceof Uint8Array && bytes.length === length
    ? ok(bytes)
    : fail('signing.random-invalid', { id: 'Sumber acak harus memberi bita sebanyak yang diminta.', en: 'The random source must return the number of bytes asked for.' }, 'random');
}

/** A uniform PIN of `digits` digits: 32-bit draws, rejecting the top remainder so no digit string is likelier. */
function drawPin(random: RandomBytes, digits: number): Result<string> {
  let pin = '';
  while (pin.length < digits) {
    const bytes = randomBytes(random, 4);
    if (!bytes.ok) return bytes;
    const value = new DataView(bytes.value.buffer, bytes.value.byteOffset, 4).getUint32(0);
    if (value >= 4_000_000_000) continue;
    pin += String(value % 10_000).padStart(4, '0');
  }
  return ok(pin.slice(0, digits));
}

/**
 * Issues a one-time signing PIN (APP-07, M18 Pasal 13 ayat (3)): `pin` goes to the official's registered phone by
 * SMS and is then forgotten; `challenge` is stored. Asynchronous because it uses WebCrypto.
 * @example
 * ```ts
 * const issued = await issueSigningPin({ random: (n) => crypto.getRandomValues(new Uint8Array(n)), now: '2026-03-10T09:00:00+07:00',
 *   secret, ttlSeconds: 300, officialId: 'kabid-1', applicationId: 'app-1' });
 * ```
 */
export async function issueSigningPin(input: IssueSigningPinInput): Promise<Result<{ pin: string; challenge: SigningChallenge }>> {
  const now = parseInstant(input.now, 'now');
  if (!now.ok) return now;
  const secret = checkSecret(input.secret);
  if (!secret.ok) return secret;
  const ttl = checkInteger(input.ttlSeconds, 'ttlSeconds', { id: 'Masa berlaku PIN (detik)', en: 'The PIN lifetime in seconds' }, 30, 3600);
  if (!ttl.ok) return ttl;
  const digits = checkInteger(input.digits ?? 6, 'digits', { id: 'Panjang PIN', en: 'The PIN length' }, 6, 10);
  if (!digits.ok) return digits;
  const attempts = checkInteger(input.maxAttempts ?? 3, 'maxAttempts', { id: 'Jumlah percobaan', en: 'The number of attempts' }, 1, 10);
  if (!attempts.ok) return attempts;
  for (const field of ['officialId', 'applicationId'] as const) {
    const text = checkText(input[field], field, 100);
    if (!text.ok) return text;
  }
  const subtle = input.subtle ?? platformSubtle();
  if (subtle === undefined) {
    return fail('signing.webcrypto-missing', { id: 'WebCrypto tidak tersedia.', en: 'WebCrypto is not available.' }, 'subtle');
  }
  const pin = drawPin(input.random, digits.value);
  if (!pin.ok) return pin;
  const salt = randomBytes(input.random, 16);
  if (!salt.ok) return salt;
  const id = randomBytes(input.random, 12);
  if (!id.ok) return id;
  const challenge: SigningChallenge = {
    id: hex(id.value),
    officialId: input.officialId,
    applicationId: input.applicationId,
    salt: hex(salt.value),
    hash: await pinHash(subtle, secret.value, [hex(salt.value), input.officialId, input.applicationId, pin.value]),
    issuedAt: formatInstant(now.value),
    expiresAt: formatInstant(now.value + ttl.value * 1000),
    attemptsLeft: attempts.value,
  };
  return ok({ pin: pin.value, challenge });
}

/**
 * Checks a PIN typed by the official against its stored challenge at `now`: `ok` with a confirmation for the `sign`
 * event, `wrong` with the attempts left, `expired`, or `locked` once the attempts are used up. A PIN is good once:
 * after `ok` the returned challenge has no attempts left, so using it again gives `locked`. Store the returned
 * challenge back every time. `secret` is the HMAC key the PIN was issued with.
 */
export async function checkSigningPin(
  challenge: SigningChallenge, pin: unknown, now: string, secret: Uint8Array, subtle: HmacSubtle | undefined = platformSubtle(),
): Promise<Result<PinCheck>> {
  const at = parseInstant(now, 'now');
  if (!at.ok) return at;
  const key = checkSecret(secret);
  if (!key.ok) return key;
  const expires = parseInstant(challenge?.expiresAt, 'challenge.expiresAt');
  if (!expires.ok) return expires;
  if (subtle === undefined) {
    return fail('signing.webcrypto-missing', { id: 'WebCrypto tidak tersedia.', en: 'WebCrypto is not available.' }, 'subtle');
  }
  if (!Number.isSafeInteger(challenge.attemptsLeft) || challenge.attemptsLeft <= 0) return ok({ status: 'locked', challenge });
  if (at.value > expires.value) return ok({ status: 'expired', challenge });
  const typed = typeof pin === 'string' && /^\d{6,10}$/.test(pin) ? pin : '';
  const hash = await pinHash(subtle, key.value, [challenge.salt, challenge.officialId, challenge.applicationId, typed]);
  if (typed !== '' && sameText(hash, challenge.hash)) {
    const confirmation: SigningConfirmation = {
      challengeId: challenge.id, officialId: challenge.officialId, applicationId: challenge.applicationId, confirmedAt: formatInstant(at.value),
    };
    return ok({ status: 'ok', confirmation, challenge: { ...challenge, attemptsLeft: 0 } });
  }
  const attemptsLeft = challenge.attemptsLeft - 1;
  const counted = { ...challenge, attemptsLeft };
  return ok(attemptsLeft === 0 ? { status: 'locked', challenge: counted } : { status: 'wrong', attemptsLeft, challenge: counted });
}
