import { failWithIssues, issue } from '../issues.js';
import { fail, ok, type Result, type SpError } from '../result.js';
import type { Application } from './application.js';
import type { LifecycleContext } from './context.js';
import { requirementsFor, type Requirement } from './dependencies.js';
import { checkDocuments, type ApplicationDocument } from './documents.js';

/** Problems of one uploaded document against its requirement: unknown key, media type, size. */
function documentIssues(document: ApplicationDocument, index: number, requirement: Requirement | undefined): SpError[] {
  const path = `documents.${index}`;
  if (requirement === undefined || requirement.submission !== 'upload') {
    return [issue('application.document-unexpected', `${path}.key`,
      `Dokumen "${document.key}" bukan persyaratan unggahan izin ini.`, `"${document.key}" is not an upload requirement of this permit.`)];
  }
  const issues: SpError[] = [];
  if (requirement.accept !== undefined && !requirement.accept.includes(document.mediaType)) {
    issues.push(issue('application.document-type', `${path}.mediaType`,
      `${requirement.label.id}: jenis berkas harus ${requirement.accept.join(', ')}.`, `${requirement.label.en}: the file must be ${requirement.accept.join(', ')}.`));
  }
  if (requirement.maxBytes !== undefined && document.size > requirement.maxBytes) {
    issues.push(issue('application.document-too-large', `${path}.size`,
      `${requirement.label.id}: berkas paling besar ${requirement.maxBytes} bita.`, `${requirement.label.en}: the file may be at most ${requirement.maxBytes} bytes.`));
  }
  return issues;
}

/**
 * The submission guards (APP-02, APP-03): the truth declaration is ticked, every document is well-formed, each one
 * meets an upload requirement of the permit type (media type, size), and every required upload of the catalog's
 * `requirementsFor` (for this applicant kind, representative and details) is present. All problems are reported at
 * once in `issues` (`application.submission-incomplete`).
 */
export function checkSubmission(application: Application, documents: unknown, declaration: unknown, context: LifecycleContext): Result<ApplicationDocument[]> {
  if (declaration !== true) {
    return fail('application.declaration-missing', {
      id: 'Centang pernyataan bahwa semua data dan dokumen benar sebelum mengirim permohonan.',
      en: 'Tick the declaration that all data and documents are true before submitting.',
    }, 'declaration');
  }
  const checked = checkDocuments(documents, 'documents');
  if (!checked.ok) return checked;
  const { applicant } = application;
  const list = requirementsFor(application.permitType, { kind: applicant.kind, representative: applicant.kind === 'business' && applicant.representative }, {
    catalog: context.catalog, details: application.details,
  });
  if (!list.ok) return list;
  if (list.value.undecided.length > 0) {
    const needs = [...new Set(list.value.undecided.flatMap((u) => u.needs))].join(', ');
    return fail('application.details-missing', {
      id: `Lengkapi detail permohonan dahulu: ${needs}.`, en: `Complete the application's details first: ${needs}.`,
    }, 'details');
  }
  const byKey = new Map(list.value.documents.map((r) => [r.key, r]));
  const issues = checked.value.flatMap((d, i) => documentIssues(d, i, byKey.get(d.key)));
  for (const requirement of list.value.documents) {
    if (requirement.submission === 'upload' && requirement.required && !checked.value.some((d) => d.key === requirement.key)) {
      issues.push(issue('application.document-missing', 'documents',
        `Dokumen wajib belum diunggah: ${requirement.label.id}.`, `A required document is missing: ${requirement.label.en}.`));
    }
  }
  if (issues.length === 0) return ok(checked.value);
  return failWithIssues(issues, (all) => ({
    code: 'application.submission-incomplete',
    path: 'documents',
    message: { id: `Permohonan belum lengkap: ${all.length} masalah.`, en: `The application is not complete: ${all.length} problems.` },
  }));
}
