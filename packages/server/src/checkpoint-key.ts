import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ed25519NoteVerifier, formatVerifierKey, noteKeyHash, parseSignerKey, toBase64, type NoteSigner,
} from '@satupintu/core';
import { ConfigError } from './config-error.js';

/** The file in the data directory that keeps a generated checkpoint key. */
export const CHECKPOINT_KEY_FILE = 'checkpoint-key';

/** The key that signs the audit checkpoint (AUD-02), and the verifier key text to publish. */
export interface CheckpointKey {
  readonly signer: NoteSigner;
  /** `<name>+<key hash>+<base64>`: what auditors configure to check the signed checkpoint. */
  readonly verifierKey: string;
  readonly generated: boolean;
  readonly file: string;
}

/** A new Ed25519 key as signed-note signer key text (`PRIVATE+KEY+<name>+<hash>+<base64(0x01 ‖ seed)>`, Go's form). */
async function newSignerKeyText(name: string): Promise<string> {
  const pair = generateKeyPairSync('ed25519');
  // The raw 32-byte seed and public key are the last 32 bytes of their DER encodings (PKCS #8, SPKI).
  const seed = new Uint8Array(pair.privateKey.export({ type: 'pkcs8', format: 'der' }).subarray(-32));
  const publicKey = new Uint8Array(pair.publicKey.export({ type: 'spki', format: 'der' }).subarray(-32));
  const hash = (await noteKeyHash(name, publicKey)).toString(16).padStart(8, '0');
  return `PRIVATE+KEY+${name}+${hash}+${toBase64(new Uint8Array([1, ...seed]))}`;
}

// PKCS #8 wrapping of a raw Ed25519 seed (RFC 8410 §7), to derive the public key with node:crypto.
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** The verifier key text of a signer parsed from `text` (its public key derived from the seed, the hash checked). */
async function verifierKeyOf(text: string, signer: NoteSigner): Promise<string> {
  const seed = Buffer.from(text.split('+').slice(4).join('+'), 'base64').subarray(1);
  const pkcs8 = Buffer.concat([PKCS8_ED25519_PREFIX, seed]);
  const publicKey = new Uint8Array(createPublicKey(createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' })).export({ type: 'spki', format: 'der' }).subarray(-32));
  const verifier = await ed25519NoteVerifier(signer.name, publicKey);
  if (!verifier.ok || verifier.value.keyHash !== signer.keyHash) throw new ConfigError('SATUPINTU_CHECKPOINT_KEY_FILE', 'the key does not match its hash');
  return formatVerifierKey(signer.name, signer.keyHash, publicKey);
}

/**
 * The checkpoint signing key: read from `configuredFile` (`SATUPINTU_CHECKPOINT_KEY_FILE`, signer key text as Go's
 * `note` package writes it), else from `<dataDir>/checkpoint-key`, else generated there (mode 0600) under `name`.
 * Several instances must share one key file. A file that cannot be read or parsed is a {@link ConfigError}.
 */
export async function resolveCheckpointKey(configuredFile: string | undefined, dataDir: string, name: string): Promise<CheckpointKey> {
  const file = configuredFile ?? join(dataDir, CHECKPOINT_KEY_FILE);
  let text: string | undefined;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch {
    if (configuredFile !== undefined) throw new ConfigError('SATUPINTU_CHECKPOINT_KEY_FILE', `cannot read the file ${configuredFile}`);
  }
  const generated = text === undefined;
  if (text === undefined) {
    text = await newSignerKeyText(name);
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, `${text}\n`, { mode: 0o600 });
  }
  const signer = await parseSignerKey(text);
  if (!signer.ok) throw new ConfigError('SATUPINTU_CHECKPOINT_KEY_FILE', `${file}: ${signer.error.message.en}`);
  return { signer: signer.value, verifierKey: await verifierKeyOf(text, signer.value), generated, file };
}
