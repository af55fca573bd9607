import type { SpError } from '@satupintu/core';
import type { FastifySchemaValidationError } from 'fastify';

type Texts = { readonly id: string; readonly en: string };

function describe(issue: FastifySchemaValidationError): Texts {
  const params = issue.params as Record<string, unknown>;
  switch (issue.keyword) {
    case 'required': return { id: 'Wajib diisi.', en: 'This field is required.' };
    case 'additionalProperties': return { id: 'Kolom ini tidak dikenal.', en: 'This field is not known.' };
    case 'type': return { id: `Jenis nilai salah: harus ${String(params.type)}.`, en: `Wrong type: must be ${String(params.type)}.` };
    case 'enum': case 'const': return { id: 'Nilai tidak termasuk pilihan yang diizinkan.', en: 'The value is not one of the allowed choices.' };
    case 'minLength': return { id: `Paling sedikit ${String(params.limit)} karakter.`, en: `At least ${String(params.limit)} characters.` };
    case 'maxLength': return { id: `Paling banyak ${String(params.limit)} karakter.`, en: `At most ${String(params.limit)} characters.` };
    case 'minimum': return { id: `Paling kecil ${String(params.limit)}.`, en: `At least ${String(params.limit)}.` };
    case 'maximum': return { id: `Paling besar ${String(params.limit)}.`, en: `At most ${String(params.limit)}.` };
    case 'minItems': return { id: `Paling sedikit ${String(params.limit)} butir.`, en: `At least ${String(params.limit)} items.` };
    case 'maxItems': return { id: `Paling banyak ${String(params.limit)} butir.`, en: `At most ${String(params.limit)} items.` };
    case 'pattern': case 'format': return { id: 'Bentuk nilai tidak sesuai.', en: 'The value does not have the expected form.' };
    default: return { id: 'Nilai tidak sah.', en: 'The value is invalid.' };
  }
}

/** The dotted field path of an issue (`applicant.nik`, `documents.0.key`), with the missing or unknown property. */
function pathOf(issue: FastifySchemaValidationError, context: string): string {
  const params = issue.params as Record<string, unknown>;
  const segments = issue.instancePath.split('/').filter((s) => s !== '').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (issue.keyword === 'required' && typeof params.missingProperty === 'string') segments.push(params.missingProperty);
  if (issue.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') segments.push(params.additionalProperty);
  const path = segments.join('.').slice(0, 200);
  return path === '' ? context : path;
}

/**
 * Turns the JSON Schema validation errors of a request into core's error shape: code `http.validation`, the field
 * path of the first problem, a bilingual message, and every problem in `issues`.
 */
export function validationError(issues: readonly FastifySchemaValidationError[], context: string | undefined): SpError {
  const where = context === 'querystring' ? 'query' : context ?? 'body';
  const all: SpError[] = issues.slice(0, 20).map((issue) => ({ code: 'http.validation', path: pathOf(issue, where), message: describe(issue) }));
  const first = all[0];
  const place = { body: ['isi permintaan', 'request body'], query: ['parameter kueri', 'query parameters'], params: ['alamat', 'path'], headers: ['header', 'headers'] }[where] ?? ['permintaan', 'request'];
  return {
    code: 'http.validation',
    ...(first?.path === undefined ? {} : { path: first.path }),
    message: {
      id: `Data ${place[0]} tidak sah${first ? ` (${first.path}: ${first.message.id})` : ''}.`,
      en: `The ${place[1]} are invalid${first ? ` (${first.path}: ${first.message.en})` : ''}.`.replace('body are', 'body is'),
    },
    issues: all,
  };
}
