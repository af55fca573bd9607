import { fail, ok, type Result } from '../result.js';
import { checkInteger, checkRecord, checkText } from './input-checks.js';

/**
 * One electronic document of an application (APP-02): the requirement it meets (`key`, as in the catalog), the
 * uploaded file's name, media type and size, and the SHA-256 of its bytes (64 lower-case hex digits), which ties the
 * record to the stored file for the audit trail.
 */
export interface ApplicationDocument {
  readonly key: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly size: number;
  readonly sha256: string;
}

const KEY = /^[a-z0-9][a-z0-9-]{0,63}$/;
const MEDIA_TYPE = /^[a-z]+\/[a-z0-9][a-z0-9.+-]{0,99}$/;
const SHA256 = /^[0-9a-f]{64}$/;
/** Larger than any requirement's limit: 1 GiB. */
const MAX_SIZE = 1024 ** 3;

function refuse(code: string, id: string, en: string, path: string): Result<never> {
  return fail(code, { id, en }, path);
}

/** Checks one document record: every field present and well-formed. */
export function checkDocument(value: unknown, path: string): Result<ApplicationDocument> {
  const record = checkRecord(value, path);
  if (!record.ok) return record;
  const { key, fileName, mediaType, size, sha256 } = record.value;
  if (typeof key !== 'string' || !KEY.test(key)) {
    return refuse('document.key-invalid', 'Kunci dokumen harus huruf kecil, angka dan tanda hubung.', 'The document key must be lower-case letters, digits and hyphens.', `${path}.key`);
  }
  const name = checkText(fileName, `${path}.fileName`, 255);
  if (!name.ok) return name;
  if (/[\\/]/.test(name.value)) {
    return refuse('document.file-name-invalid', 'Nama berkas tidak boleh memuat / atau \\.', 'A file name may not contain / or \\.', `${path}.fileName`);
  }
  if (typeof mediaType !== 'string' || !MEDIA_TYPE.test(mediaType)) {
    return refuse('document.media-type-invalid', 'Jenis media harus seperti application/pdf.', 'The media type must look like application/pdf.', `${path}.mediaType`);
  }
  const bytes = checkInteger(size, `${path}.size`, { id: 'Ukuran berkas', en: 'The file size' }, 1, MAX_SIZE);
  if (!bytes.ok) return bytes;
  if (typeof sha256 !== 'string' || !SHA256.test(sha256)) {
    return refuse('document.sha256-invalid', 'Sidik SHA-256 harus 64 digit heksadesimal huruf kecil.', 'The SHA-256 must be 64 lower-case hexadecimal digits.', `${path}.sha256`);
  }
  return ok({ key, fileName: name.value, mediaType, size: bytes.value, sha256 });
}

/** Checks a list of documents: each well-formed, no requirement key twice. */
export function checkDocuments(value: unknown, path: string): Result<ApplicationDocument[]> {
  if (!Array.isArray(value)) {
    return refuse('document.list-required', 'Dokumen harus berupa daftar.', 'The documents must be a list.', path);
  }
  if (value.length > 200) {
    return refuse('document.too-many', 'Paling banyak 200 dokumen.', 'At most 200 documents.', path);
  }
  const documents: ApplicationDocument[] = [];
  for (const [i, item] of value.entries()) {
    const document = checkDocument(item, `${path}.${i}`);
    if (!document.ok) return document;
    if (documents.some((d) => d.key === document.value.key)) {
      return refuse('document.duplicate', `Dokumen ${document.value.key} diunggah dua kali.`, `The document ${document.value.key} is uploaded twice.`, `${path}.${i}.key`);
    }
    documents.push(document.value);
  }
  return ok(documents);
}
