/** Byte helpers the audit log needs: hex and base64 text forms, comparison and UTF-8. */

const HEX = '0123456789abcdef';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_TEXT = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const utf8Encoder = new TextEncoder();
const strictUtf8Decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Lower-case hexadecimal form of bytes.
 * @example toHex(new Uint8Array([0, 255])) // '00ff'
 */
export function toHex(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += HEX[byte >> 4]! + HEX[byte & 15]!;
  return text;
}

/** Bytes from hexadecimal text (either case); `undefined` when the text is not an even run of hex digits. */
export function fromHex(text: string): Uint8Array | undefined {
  if (typeof text !== 'string' || text.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(text)) return undefined;
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(text.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

/** Standard, padded base64 (RFC 4648 §4), the form checkpoints and signed notes use. */
export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const triple = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    text += BASE64[triple >> 18]! + BASE64[(triple >> 12) & 63]!;
    text += b === undefined ? '=' : BASE64[(triple >> 6) & 63]!;
    text += c === undefined ? '=' : BASE64[triple & 63]!;
  }
  return text;
}

/** Bytes from standard padded base64; `undefined` for anything else (whitespace, URL alphabet, bad padding). */
export function fromBase64(text: string): Uint8Array | undefined {
  if (typeof text !== 'string' || !BASE64_TEXT.test(text)) return undefined;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let out = 0;
  for (let i = 0; i < text.length; i += 4) {
    let quad = 0;
    for (let j = 0; j < 4; j++) {
      const char = text[i + j]!;
      quad = (quad << 6) | (char === '=' ? 0 : BASE64.indexOf(char));
    }
    for (const shift of [16, 8, 0]) if (out < bytes.length) bytes[out++] = (quad >> shift) & 255;
  }
  // Non-zero bits hidden in the padding would give one byte string two spellings.
  return toBase64(bytes) === text ? bytes : undefined;
}

/** Whether two byte arrays hold the same bytes. Not constant-time: the audit log compares public hashes only. */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The bytes of several arrays, one after the other. */
export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  return utf8Encoder.encode(text);
}

/** The string of UTF-8 bytes, or `undefined` when the bytes are not well-formed UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8Decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Whether a value is a byte array of exactly `length` bytes (a SHA-256 digest when 32). */
export function isBytes(value: unknown, length?: number): value is Uint8Array {
  return value instanceof Uint8Array && (length === undefined || value.length === length);
}

/** A copy on a plain `ArrayBuffer`, the form WebCrypto's typings require. */
export function bufferSource(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}
