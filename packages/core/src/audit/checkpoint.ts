import { fail, ok, type Result } from '../result.js';
import { fromBase64, isBytes, toBase64 } from './bytes.js';
import { HASH_SIZE } from './merkle-hashing.js';

/**
 * A published state of the log in the C2SP tlog-checkpoint form: the log's `origin` (a schema-less URL-like name),
 * its tree `size`, the Merkle `root` of those entries, and optional extension lines. Anyone holding it can check
 * that no entry up to `size` was altered, removed, inserted or reordered (AUD-02).
 */
export interface Checkpoint {
  readonly origin: string;
  readonly size: number;
  readonly root: Uint8Array;
  readonly extensions: readonly string[];
}

const ORIGIN = /^[^\s+\p{Cc}]{1,255}$/u;
const SIZE = /^(0|[1-9][0-9]{0,15})$/;
const EXTENSION = /^[^\n\p{Cc}]+$/u;

const refuse = (path: string, id: string, en: string) => fail('audit.checkpoint-invalid', { id: `Checkpoint tidak sah: ${id}`, en: `Invalid checkpoint: ${en}` }, path);

function checkFields(origin: unknown, size: unknown, root: unknown, extensions: unknown = []): Result<Checkpoint> {
  if (typeof origin !== 'string' || !ORIGIN.test(origin)) {
    return refuse('origin', 'origin wajib diisi, tanpa spasi, tanda + atau karakter kendali.', 'the origin is required, with no spaces, plus signs or control characters.');
  }
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
    return refuse('size', 'ukuran pohon harus bilangan bulat ≥ 0.', 'the tree size must be a whole number ≥ 0.');
  }
  if (!isBytes(root, HASH_SIZE)) return refuse('root', 'akar harus 32 bita SHA-256.', 'the root must be a 32-byte SHA-256 hash.');
  if (!Array.isArray(extensions) || !extensions.every((line) => typeof line === 'string' && EXTENSION.test(line))) {
    return refuse('extensions', 'baris ekstensi harus teks satu baris yang tidak kosong.', 'extension lines must be non-empty single lines of text.');
  }
  return ok({ origin, size, root, extensions: [...(extensions as string[])] });
}

/** Checks a checkpoint object (origin, size, 32-byte root, extension lines), returning a clean copy. */
export function validateCheckpoint(value: unknown): Result<Checkpoint> {
  if (typeof value !== 'object' || value === null) return refuse('', 'wajib berupa objek.', 'an object is required.');
  const { origin, size, root, extensions } = value as Partial<Checkpoint>;
  return checkFields(origin, size, root, extensions);
}

/**
 * The checkpoint's note text: origin, size and base64 root, each on its own line, then the extension lines; every
 * line ends with a newline. This is the text that note signatures sign.
 * @example formatCheckpoint({ origin: 'ptsp.example.go.id/audit', size: 8, root, extensions: [] })
 *   // ok('ptsp.example.go.id/audit\n8\n<the root in base64>\n')
 */
export function formatCheckpoint(checkpoint: Checkpoint): Result<string> {
  const checked = validateCheckpoint(checkpoint);
  if (!checked.ok) return checked;
  const { origin, size, root, extensions } = checked.value;
  return ok([origin, String(size), toBase64(root), ...extensions].map((line) => `${line}\n`).join(''));
}

/**
 * Reads checkpoint note text (without signatures; see `openNote` for a signed note). Refuses anything that is not
 * exactly the C2SP form with `audit.checkpoint-invalid`.
 * @example parseCheckpoint('ptsp.example.go.id/audit\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n')
 */
export function parseCheckpoint(text: unknown): Result<Checkpoint> {
  if (typeof text !== 'string' || !text.endsWith('\n')) return refuse('', 'teks harus diakhiri baris baru.', 'the text must end with a newline.');
  const [origin, sizeLine, rootLine, ...extensions] = text.slice(0, -1).split('\n');
  if (sizeLine === undefined || rootLine === undefined) return refuse('', 'butuh baris origin, ukuran dan akar.', 'origin, size and root lines are required.');
  if (!SIZE.test(sizeLine)) return refuse('size', 'ukuran harus angka desimal tanpa nol di depan.', 'the size must be decimal digits without leading zeros.');
  const root = fromBase64(rootLine);
  if (!root) return refuse('root', 'akar harus base64 standar.', 'the root must be standard base64.');
  return checkFields(origin, Number(sizeLine), root, extensions);
}
