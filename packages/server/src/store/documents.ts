import { rowsByKey, type BatchedRead, type ReadBatcher } from './batched-reads.js';
import { bytes, instant } from './rows.js';
import type { SqlExecutor, SqlRow } from './sql-client.js';
import type { DocumentMeta, DocumentRepository } from './types.js';

const META = 'application_id, key, file_name, media_type, size, sha256, uploaded_at';

const toMeta = (row: SqlRow): DocumentMeta => ({
  applicationId: String(row.application_id),
  key: String(row.key),
  fileName: String(row.file_name),
  mediaType: String(row.media_type),
  size: Number(row.size),
  sha256: String(row.sha256),
  uploadedAt: instant(row.uploaded_at),
});

/** The documents of applications, as many applications as `reads` gathers in one statement. */
const DOCUMENTS_OF: BatchedRead<string, DocumentMeta[]> = {
  async load(db, applicationIds) {
    const { rows } = await db.query(
      `SELECT k.ord, d.* FROM unnest($1::text[]) WITH ORDINALITY AS k(id, ord)
       JOIN LATERAL (SELECT ${META} FROM documents WHERE application_id = k.id OFFSET 0) d ON true ORDER BY k.ord, d.key`,
      [applicationIds]);
    return rowsByKey(rows, applicationIds.length).map((documents) => documents.map(toMeta));
  },
};

/** Uploaded documents on `db`: bytes as bytea, one per application and key (a re-upload replaces). */
export function documentRepository(db: SqlExecutor, reads: ReadBatcher): DocumentRepository {
  return {
    async put(document) {
      const { rows } = await db.query(
        `INSERT INTO documents (application_id, key, file_name, media_type, size, sha256, bytes, uploaded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (application_id, key) DO UPDATE SET file_name = EXCLUDED.file_name, media_type = EXCLUDED.media_type,
           size = EXCLUDED.size, sha256 = EXCLUDED.sha256, bytes = EXCLUDED.bytes, uploaded_at = EXCLUDED.uploaded_at
         RETURNING ${META}`,
        [document.applicationId, document.key, document.fileName, document.mediaType, document.bytes.byteLength,
          document.sha256, document.bytes, document.uploadedAt],
      );
      return toMeta(rows[0]!);
    },
    async get(applicationId, key) {
      const { rows } = await db.query(`SELECT ${META}, bytes FROM documents WHERE application_id = $1 AND key = $2`, [applicationId, key]);
      return rows[0] && { ...toMeta(rows[0]), bytes: bytes(rows[0].bytes) };
    },
    list: (applicationId) => reads.read(DOCUMENTS_OF, applicationId),
    async remove(applicationId, key) {
      return (await db.query('DELETE FROM documents WHERE application_id = $1 AND key = $2', [applicationId, key])).rowCount > 0;
    },
  };
}
