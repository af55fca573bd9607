import { STAFF_ROLES, formatCheckpoint, signNote, toBase64 } from '@satupintu/core';
import type { FastifyInstance } from 'fastify';
import type { ServerConfig } from '../../config.js';
import type { AppContext } from '../context.js';
import { coreValue, problem } from '../problem.js';
import { problemResponses } from '../schemas/common.js';
import type { RouteModule } from './route-module.js';

const SIZE = { type: 'integer', minimum: 0, maximum: 1e15 } as const;
const HASHES = { type: 'array', items: { type: 'string', description: 'base64 SHA-256' } } as const;

/** The checkpoint origin of this office's log (C2SP tlog-checkpoint first line), also the checkpoint key's name. */
export function auditOrigin(config: ServerConfig): string {
  return `satupintu/${config.municipality.officeCode.toLowerCase()}/audit`;
}

function register(app: FastifyInstance, context: AppContext): void {
  const audit = context.store.audit;

  app.get('/audit/checkpoint', {
    config: { access: 'public' },
    schema: {
      summary: 'The audit log\'s current checkpoint, signed (C2SP signed note of a tlog-checkpoint: origin, size, base64 root; Ed25519 signature line) (AUD-02)',
      description: 'Verify the signature with the key of `GET /audit/key` (core `parseVerifierKey` + `openNote`), then the log with `verifyExportedLog`.',
      tags: ['audit'],
      response: { 200: { description: 'Signed checkpoint note', content: { 'text/plain': { schema: { type: 'string' } } } }, ...problemResponses() },
    },
  }, async (_request, reply) => {
    const checkpoint = coreValue(await audit.checkpoint(auditOrigin(context.config)), 500);
    const note = coreValue(await signNote(coreValue(formatCheckpoint(checkpoint), 500), [context.checkpointKey.signer]), 500);
    return reply.type('text/plain; charset=utf-8').send(note);
  });

  app.get('/audit/key', {
    config: { access: 'public' },
    schema: {
      summary: 'The verifier key of the checkpoint signatures (signed-note form `<name>+<key hash>+<base64 Ed25519 key>`) (AUD-02)',
      tags: ['audit'],
      response: { 200: { description: 'Verifier key text and a newline', content: { 'text/plain': { schema: { type: 'string' } } } }, ...problemResponses() },
    },
  }, async (_request, reply) => reply.type('text/plain; charset=utf-8').send(`${context.checkpointKey.verifierKey}\n`));

  app.get('/audit/entries', {
    config: { access: STAFF_ROLES },
    schema: {
      summary: 'Export of the audit entries `from` ≤ seq < `to` for auditors, one canonical JSON line each (NDJSON, the Merkle leaves) (staff, ACC-03, AUD-02)',
      description: 'Default: the whole log. Take `to` from a signed checkpoint\'s size to verify it with core `verifyExportedLog`.',
      tags: ['audit'],
      querystring: { type: 'object', additionalProperties: false, properties: { from: SIZE, to: SIZE } },
      response: {
        200: { description: 'One entry per line', content: { 'application/x-ndjson': { schema: { type: 'string' } } } },
        ...problemResponses(400, 401, 403),
      },
    },
  }, async (request, reply) => {
    const query = request.query as { from?: number; to?: number };
    const size = await audit.size();
    const from = query.from ?? 0;
    const to = query.to ?? size;
    if (to > size || from > to) {
      throw problem(400, 'audit.range-invalid', `Rentang tidak sah: 0 ≤ from ≤ to ≤ ${size}.`, `Invalid range: 0 ≤ from ≤ to ≤ ${size}.`, to > size ? 'to' : 'from');
    }
    const lines = await audit.exportLines(from, to);
    return reply.type('application/x-ndjson; charset=utf-8').send(lines.map((line) => `${line}\n`).join(''));
  });

  app.get('/audit/entries/:seq/proof', {
    config: { access: STAFF_ROLES },
    schema: {
      summary: 'An entry with its RFC 9162 inclusion proof in the tree of `treeSize` entries (staff, ACC-03)',
      tags: ['audit'],
      params: { type: 'object', required: ['seq'], additionalProperties: false, properties: { seq: SIZE } },
      querystring: { type: 'object', additionalProperties: false, properties: { treeSize: { ...SIZE, minimum: 1 } } },
      response: {
        200: {
          type: 'object', required: ['seq', 'treeSize', 'line', 'hashes'], additionalProperties: false,
          properties: { seq: SIZE, treeSize: SIZE, line: { type: 'string', description: 'The entry\'s canonical JSON line (the leaf data)' }, hashes: HASHES },
        },
        ...problemResponses(400, 401, 403, 404),
      },
    },
  }, async (request) => {
    const { seq } = request.params as { seq: number };
    const treeSize = (request.query as { treeSize?: number }).treeSize ?? await audit.size();
    if (seq >= treeSize) throw problem(404, 'audit.entry-not-found', 'Entri tidak ada dalam pohon ini.', 'No such entry in this tree.', 'seq');
    const proof = coreValue(await audit.inclusionProof(seq, treeSize));
    const [line] = await audit.exportLines(seq, seq + 1);
    if (line === undefined) throw problem(404, 'audit.entry-not-found', 'Entri tidak ada.', 'No such entry.', 'seq');
    return { seq, treeSize, line, hashes: proof.hashes.map(toBase64) };
  });

  app.get('/audit/consistency', {
    config: { access: 'public' },
    schema: {
      summary: 'RFC 9162 consistency proof between two tree sizes (AUD-02)',
      tags: ['audit'],
      querystring: { type: 'object', required: ['from'], additionalProperties: false, properties: { from: { ...SIZE, minimum: 1 }, to: { ...SIZE, minimum: 1 } } },
      response: {
        200: { type: 'object', required: ['from', 'to', 'hashes'], additionalProperties: false, properties: { from: SIZE, to: SIZE, hashes: HASHES } },
        ...problemResponses(400),
      },
    },
  }, async (request) => {
    const query = request.query as { from: number; to?: number };
    const to = query.to ?? await audit.size();
    const hashes = coreValue(await audit.consistencyProof(query.from, to));
    return { from: query.from, to, hashes: hashes.map(toBase64) };
  });
}

/** The audit log: public signed checkpoint, its key and consistency proofs; inclusion proofs and the export for staff (AUD-01…03). */
export const auditRoutes: RouteModule = { name: 'audit', register };
