import { fail, ok, type Result } from '../result.js';
import { concatBytes, fromBase64, toBase64, utf8 } from './bytes.js';

/**
 * Signs note text under a key name, as in the C2SP signed-note format. `keyHash` is the key's 32-bit id (the first
 * four bytes, big-endian, of SHA-256(name ‖ 0x0A ‖ type ‖ public key)).
 */
export interface NoteSigner {
  readonly name: string;
  readonly keyHash: number;
  sign(message: Uint8Array): Promise<Uint8Array>;
}

/** Checks note signatures made by one key. */
export interface NoteVerifier {
  readonly name: string;
  readonly keyHash: number;
  verify(message: Uint8Array, signature: Uint8Array): Promise<boolean>;
}

/** One signature line of a note: `— <name> <base64(key hash ‖ signature)>`. */
export interface NoteSignature {
  readonly name: string;
  readonly keyHash: number;
  readonly signature: Uint8Array;
}

/** A note split into its signed text and its signature lines. */
export interface Note {
  readonly text: string;
  readonly signatures: readonly NoteSignature[];
}

const KEY_NAME = /^[^\s+\p{Cc}]+$/u;
const SIGNATURE_LINE = /^\u2014 ([^\s+\p{Cc}]+) ([A-Za-z0-9+/=]+)$/u;
const CONTROL = /\p{Cc}/u;

const invalidNote = (id: string, en: string) => fail('audit.note-invalid', { id: `Catatan bertanda tangan tidak sah: ${id}`, en: `Invalid signed note: ${en}` });

/** Whether a key name is acceptable: non-empty, no whitespace, no plus sign. */
export function isKeyName(name: unknown): name is string {
  return typeof name === 'string' && KEY_NAME.test(name);
}

function checkText(text: unknown): Result<string> {
  if (typeof text !== 'string' || !text.endsWith('\n') || CONTROL.test(text.replaceAll('\n', '')) || text.includes('\n\n')) {
    return invalidNote('teks harus diakhiri baris baru, tanpa baris kosong dan tanpa karakter kendali lain.',
      'the text must end with a newline and hold no blank line and no other control character.');
  }
  return ok(text);
}

/**
 * Signs note text with every signer and returns the note: the text, a blank line, then one signature line each.
 * @example await signNote(checkpointText, [signer]) // ok('origin\n8\n…=\n\n— ptsp.example.go.id AAAA…\n')
 */
export async function signNote(text: string, signers: readonly NoteSigner[]): Promise<Result<string>> {
  const checked = checkText(text);
  if (!checked.ok) return checked;
  if (!Array.isArray(signers) || signers.length === 0 || !signers.every((signer) => isKeyName(signer?.name))) {
    return invalidNote('butuh sedikitnya satu penanda tangan bernama.', 'at least one named signer is required.');
  }
  const message = utf8(text);
  const lines: string[] = [];
  for (const signer of signers) {
    const keyId = new Uint8Array(4);
    new DataView(keyId.buffer).setUint32(0, signer.keyHash >>> 0);
    lines.push(`\u2014 ${signer.name} ${toBase64(concatBytes(keyId, await signer.sign(message)))}\n`);
  }
  return ok(`${text}\n${lines.join('')}`);
}

/** Splits a signed note into text and signature lines, without checking any signature. */
export function parseNote(note: unknown): Result<Note> {
  if (typeof note !== 'string') return invalidNote('catatan harus teks.', 'the note must be text.');
  const split = note.lastIndexOf('\n\n');
  if (split < 0 || !note.endsWith('\n')) return invalidNote('tidak ada baris tanda tangan.', 'there are no signature lines.');
  const text = checkText(note.slice(0, split + 1));
  if (!text.ok) return text;
  const signatures: NoteSignature[] = [];
  for (const line of note.slice(split + 2, -1).split('\n')) {
    const match = SIGNATURE_LINE.exec(line);
    const blob = match ? fromBase64(match[2]!) : undefined;
    if (!match || !blob || blob.length < 5) return invalidNote('baris tanda tangan rusak.', 'a signature line is malformed.');
    signatures.push({ name: match[1]!, keyHash: new DataView(blob.buffer, blob.byteOffset).getUint32(0), signature: blob.subarray(4) });
  }
  return ok({ text: text.value, signatures });
}

/**
 * Opens a signed note: keeps the signatures of known keys (same name and key hash) and checks them. Signatures of
 * unknown keys are ignored, as the format requires; a bad signature of a known key, or no known signature at all,
 * is a refusal (`audit.note-unverified`).
 * @example const opened = await openNote(note, [verifier]); // ok({ text, signatures: [the verified ones] })
 */
export async function openNote(note: unknown, verifiers: readonly NoteVerifier[]): Promise<Result<Note>> {
  const parsed = parseNote(note);
  if (!parsed.ok) return parsed;
  const message = utf8(parsed.value.text);
  const verified: NoteSignature[] = [];
  for (const signature of parsed.value.signatures) {
    const verifier = verifiers.find((candidate) => candidate.name === signature.name && candidate.keyHash === signature.keyHash);
    if (!verifier) continue;
    if (!(await verifier.verify(message, signature.signature))) {
      return fail('audit.note-unverified', {
        id: `Tanda tangan ${signature.name} tidak cocok dengan teksnya: catatan telah diubah.`,
        en: `The signature of ${signature.name} does not match the text: the note was altered.`,
      });
    }
    verified.push(signature);
  }
  if (verified.length === 0) {
    return fail('audit.note-unverified', {
      id: 'Tidak ada tanda tangan dari kunci yang dipercaya.',
      en: 'There is no signature by a trusted key.',
    });
  }
  return ok({ text: parsed.value.text, signatures: verified });
}
