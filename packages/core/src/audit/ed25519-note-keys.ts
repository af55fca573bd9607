import { fail, ok, type Result } from '../result.js';
import { bufferSource, concatBytes, fromBase64, isBytes, toBase64, utf8 } from './bytes.js';
import { platformSha256, type Sha256 } from './sha256.js';
import { isKeyName, type NoteSigner, type NoteVerifier } from './signed-note.js';

/** The signed-note key type byte of Ed25519. */
export const ED25519_KEY_TYPE = 0x01;

const PUBLIC_KEY_SIZE = 32;
// PKCS #8 wrapping of a raw 32-byte Ed25519 seed (RFC 8410 §7): WebCrypto imports private keys only in this form.
const PKCS8_ED25519_PREFIX = new Uint8Array([0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20]);
const ED25519 = { name: 'Ed25519' } as const;

/** Options shared by the key helpers: the WebCrypto to use and the SHA-256 for key hashes. */
export interface NoteKeyOptions {
  readonly subtle?: SubtleCrypto;
  readonly sha256?: Sha256;
}

const subtleOf = (options?: NoteKeyOptions): SubtleCrypto => options?.subtle ?? globalThis.crypto.subtle;
const keyRefused = (path: string, id: string, en: string) => fail('audit.note-key-invalid', { id: `Kunci tidak sah: ${id}`, en: `Invalid key: ${en}` }, path);

/** The C2SP signed-note key hash: the first 4 bytes (big-endian) of SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key). */
export async function noteKeyHash(name: string, publicKey: Uint8Array, sha: Sha256 = platformSha256()): Promise<number> {
  const digest = await sha.digest(concatBytes(utf8(`${name}\n`), new Uint8Array([ED25519_KEY_TYPE]), publicKey));
  return new DataView(digest.buffer, digest.byteOffset).getUint32(0);
}

const hex8 = (keyHash: number): string => (keyHash >>> 0).toString(16).padStart(8, '0');

/**
 * The verifier key text that standard tools read: `<name>+<key hash hex>+<base64(0x01 ‖ public key)>`.
 * @example formatVerifierKey('PeterNeumann', 0xc74f20a3, publicKey) // 'PeterNeumann+c74f20a3+ARpc2Qc…'
 */
export function formatVerifierKey(name: string, keyHash: number, publicKey: Uint8Array): string {
  return `${name}+${hex8(keyHash)}+${toBase64(concatBytes(new Uint8Array([ED25519_KEY_TYPE]), publicKey))}`;
}

/**
 * A note signer for an Ed25519 private `CryptoKey` (its `publicKey` raw bytes give the key hash). The key is used,
 * never created or exported.
 * @example const signer = await ed25519NoteSigner('ptsp.example.go.id', keyPair.privateKey, rawPublicKey);
 */
export async function ed25519NoteSigner(name: string, privateKey: CryptoKey, publicKey: Uint8Array, options?: NoteKeyOptions): Promise<Result<NoteSigner>> {
  if (!isKeyName(name)) return keyRefused('name', 'nama kunci wajib, tanpa spasi atau tanda +.', 'the key name is required, with no spaces or plus signs.');
  if (!isBytes(publicKey, PUBLIC_KEY_SIZE)) return keyRefused('publicKey', 'kunci publik Ed25519 harus 32 bita.', 'an Ed25519 public key is 32 bytes.');
  if (privateKey?.type !== 'private' || privateKey.algorithm?.name !== 'Ed25519') {
    return keyRefused('privateKey', 'butuh CryptoKey privat Ed25519.', 'an Ed25519 private CryptoKey is required.');
  }
  const subtle = subtleOf(options);
  const keyHash = await noteKeyHash(name, publicKey, options?.sha256);
  return ok({ name, keyHash, sign: async (message) => new Uint8Array(await subtle.sign(ED25519, privateKey, bufferSource(message))) });
}

/**
 * A note verifier for an Ed25519 public key given as raw bytes.
 * @example const verifier = await ed25519NoteVerifier('ptsp.example.go.id', rawPublicKey);
 */
export async function ed25519NoteVerifier(name: string, publicKey: Uint8Array, options?: NoteKeyOptions): Promise<Result<NoteVerifier>> {
  if (!isKeyName(name)) return keyRefused('name', 'nama kunci wajib, tanpa spasi atau tanda +.', 'the key name is required, with no spaces or plus signs.');
  if (!isBytes(publicKey, PUBLIC_KEY_SIZE)) return keyRefused('publicKey', 'kunci publik Ed25519 harus 32 bita.', 'an Ed25519 public key is 32 bytes.');
  const subtle = subtleOf(options);
  let key: CryptoKey;
  try {
    key = await subtle.importKey('raw', bufferSource(publicKey), ED25519, true, ['verify']);
  } catch {
    return keyRefused('publicKey', 'bukan titik Ed25519 yang sah.', 'not a valid Ed25519 point.');
  }
  const keyHash = await noteKeyHash(name, publicKey, options?.sha256);
  return ok({
    name,
    keyHash,
    verify: async (message, signature) => {
      try {
        return await subtle.verify(ED25519, key, bufferSource(signature), bufferSource(message));
      } catch {
        return false;
      }
    },
  });
}

/** Splits `<name>+<hash>+<base64>` keys; the base64 may itself hold plus signs. */
function splitKeyText(text: string, expectedParts: number): string[] | undefined {
  const parts = text.split('+');
  if (parts.length < expectedParts) return undefined;
  return [...parts.slice(0, expectedParts - 1), parts.slice(expectedParts - 1).join('+')];
}

/** Decodes the key material of a key text, checking the type byte and the key hash over `publicKey`. */
async function checkedKeyMaterial(hashHex: string, material: string, name: string): Promise<Result<Uint8Array>> {
  const bytes = fromBase64(material);
  if (!isKeyName(name) || !/^[0-9a-f]{8}$/.test(hashHex) || !bytes || bytes.length !== 1 + PUBLIC_KEY_SIZE || bytes[0] !== ED25519_KEY_TYPE) {
    return keyRefused('key', 'bentuk teks kunci tidak dikenal.', 'the key text is not in the signed-note form.');
  }
  return ok(bytes.subarray(1));
}

/**
 * A verifier from verifier key text (`<name>+<hash>+<base64(0x01 ‖ key)>`), checking that the hash matches.
 * @example await parseVerifierKey('PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW')
 */
export async function parseVerifierKey(text: string, options?: NoteKeyOptions): Promise<Result<NoteVerifier>> {
  const parts = typeof text === 'string' ? splitKeyText(text, 3) : undefined;
  if (!parts) return keyRefused('key', 'bentuk teks kunci tidak dikenal.', 'the key text is not in the signed-note form.');
  const [name, hashHex, material] = parts as [string, string, string];
  const publicKey = await checkedKeyMaterial(hashHex, material, name);
  if (!publicKey.ok) return publicKey;
  const verifier = await ed25519NoteVerifier(name, publicKey.value, options);
  if (verifier.ok && hex8(verifier.value.keyHash) !== hashHex) return keyRefused('key', 'hash kunci tidak cocok.', 'the key hash does not match.');
  return verifier;
}

/**
 * A signer from signer key text (`PRIVATE+KEY+<name>+<hash>+<base64(0x01 ‖ seed)>`, as Go's `note` package writes),
 * checking that the hash matches the derived public key.
 */
export async function parseSignerKey(text: string, options?: NoteKeyOptions): Promise<Result<NoteSigner>> {
  const parts = typeof text === 'string' ? splitKeyText(text, 5) : undefined;
  if (!parts || parts[0] !== 'PRIVATE' || parts[1] !== 'KEY') return keyRefused('key', 'bentuk teks kunci tidak dikenal.', 'the key text is not in the signed-note form.');
  const [, , name, hashHex, material] = parts as [string, string, string, string, string];
  const seed = await checkedKeyMaterial(hashHex, material, name);
  if (!seed.ok) return seed;
  const subtle = subtleOf(options);
  let privateKey: CryptoKey | undefined;
  let publicKey: Uint8Array | undefined;
  try {
    privateKey = await subtle.importKey('pkcs8', bufferSource(concatBytes(PKCS8_ED25519_PREFIX, seed.value)), ED25519, true, ['sign']);
    publicKey = fromBase64(base64UrlToStandard((await subtle.exportKey('jwk', privateKey)).x ?? ''));
  } catch {
    publicKey = undefined;
  }
  if (!privateKey || !publicKey) return keyRefused('key', 'kunci publik tidak dapat diturunkan.', 'the public key cannot be derived.');
  const signer = await ed25519NoteSigner(name, privateKey, publicKey, options);
  if (signer.ok && hex8(signer.value.keyHash) !== hashHex) return keyRefused('key', 'hash kunci tidak cocok.', 'the key hash does not match.');
  return signer;
}

function base64UrlToStandard(text: string): string {
  const standard = text.replace(/-/g, '+').replace(/_/g, '/');
  return standard + '='.repeat((4 - (standard.length % 4)) % 4);
}

/** A freshly generated key pair as signer, verifier and the verifier key text to publish. */
export interface NoteKeyPair {
  readonly signer: NoteSigner;
  readonly verifier: NoteVerifier;
  readonly verifierKey: string;
}

/**
 * Generates an Ed25519 key pair with the WebCrypto passed in (core never makes randomness of its own). The private
 * key is not extractable.
 * @example const { signer, verifierKey } = unwrap(await generateNoteKeyPair('ptsp.example.go.id', crypto.subtle));
 */
export async function generateNoteKeyPair(name: string, subtle: SubtleCrypto, sha256?: Sha256): Promise<Result<NoteKeyPair>> {
  if (!isKeyName(name)) return keyRefused('name', 'nama kunci wajib, tanpa spasi atau tanda +.', 'the key name is required, with no spaces or plus signs.');
  const pair = (await subtle.generateKey(ED25519, false, ['sign', 'verify'])) as CryptoKeyPair;
  const publicKey = new Uint8Array(await subtle.exportKey('raw', pair.publicKey));
  const options = { subtle, ...(sha256 ? { sha256 } : {}) };
  const signer = await ed25519NoteSigner(name, pair.privateKey, publicKey, options);
  if (!signer.ok) return signer;
  const verifier = await ed25519NoteVerifier(name, publicKey, options);
  if (!verifier.ok) return verifier;
  return ok({ signer: signer.value, verifier: verifier.value, verifierKey: formatVerifierKey(name, signer.value.keyHash, publicKey) });
}
