// A file's SHA-256 fingerprint, as the service records documents (hex, lower case).

/** The lower-case hex SHA-256 of `file`'s bytes (Web Crypto; the file never leaves the device). */
export async function sha256Hex(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
