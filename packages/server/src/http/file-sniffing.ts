/** The leading bytes ("magic numbers") of the file types the catalog accepts. */
const SIGNATURES: Readonly<Record<string, readonly number[]>> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

/** Whether the server can check the content of a declared media type. */
export function canSniff(mediaType: string): boolean {
  return mediaType in SIGNATURES;
}

/**
 * Whether `bytes` start with the signature of the declared `mediaType` (PDF, JPEG, PNG); a type without a known
 * signature is refused, so nothing is stored under a type the server cannot check.
 */
export function contentMatches(mediaType: string, bytes: Uint8Array): boolean {
  const signature = SIGNATURES[mediaType];
  return signature !== undefined && bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);
}
