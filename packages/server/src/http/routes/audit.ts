import { STAFF_ROLES, formatCheckpoint, toBase64 } from '@satupintu/core';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { coreValue, problem } from '../problem.js';
import { problemResponses } from '../schemas/common.js';
import type { RouteModule } from './route-module.js';

const SIZE = { type: 'integer', minimum: 0, maximum: 1e15 } as const;
const HASHES = { type: 'array', items: { type: 'string', description: 'base64 SHA-256' } } as const;

/** The checkpoint origin of this office's log (C2SP tlog-checkpoint first line). */
export function auditOrigin(context: AppContext): string {
  return `satupintu/${context.config.municipality.officeCode.toLowerCase()}/audit`;
}

function register(app: FastifyInstance, context: AppContext): void {
  const audit = context.store.audit;

  app.get('/audit/checkpoint', {
    config: { access: 'public' },
    schema: {
      summary: 'The audit log\'s current checkpoint (C2SP tlog-checkpoint text: origin, size, base64 root) (AUD-02)',
      tags: ['audit'],
      response: { 200: { description: 'Checkpoint note text', content: { 'text/plain': { schema: { type: 'string' } } } }, ...problemResponses() },
    },
  }, async (_request, reply) => {
    const checkpoint = coreValue(await audit.checkpoint(auditOrigin(context)), 500);
    return reply.type('text/plain; charset=utf-8').send(coreValue(formatCheckpoint(checkpoint), 500));
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

/** The audit log: public checkpoint and consistency proofs, inclusion proofs for staff (AUD-01…03). */
export const auditRoutes: RouteModule = { name: 'audit', register };
