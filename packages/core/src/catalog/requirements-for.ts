import type { Citation } from '../citation.js';
import { fail, ok, type Result } from '../result.js';
import { REPRESENTATIVE_DETAIL, evaluateCondition, missingDetails } from './conditions.js';
import { lookupPermitType } from './lookup.js';
import { readDetails } from './request-details.js';
import type { ApplicantKind, ApplicationDetails, Catalog, PermitType, Requirement } from './types.js';

/** The applicant of {@link requirementsFor}: its kind, and whether it acts through an appointed representative. */
export interface ApplicantProfile {
  readonly kind: ApplicantKind;
  /** `true` when a representative (kuasa) files for the applicant; unknown when absent. */
  readonly representative?: boolean;
}

/** Options of {@link requirementsFor}. */
export interface RequirementsOptions {
  /**
   * The catalog to read; default {@link defaultCatalog}. Pass a catalog returned by {@link validateCatalog} or
   * {@link extendCatalog}: any other object is validated again on every call.
   */
  readonly catalog?: Catalog;
  /** Facts about the application that conditional requirements ask (`{ areaM2: 24 }`). */
  readonly details?: ApplicationDetails;
}

/** A requirement whose condition needs details the request did not give. */
export interface UndecidedRequirement {
  readonly requirement: Requirement;
  /** The detail keys to ask for (`representative` comes from the applicant). */
  readonly needs: readonly string[];
}

/** What an applicant's file needs for one permit type. */
export interface RequirementList {
  readonly permitType: string;
  readonly applicant: ApplicantKind;
  /**
   * The requirements that apply, in the regulation's order. Each says how it is met (`submission`): `upload` are
   * the applicant's files, `in-person` are brought to the counter, `office` are produced by the office (the CAT-04
   * site inspection record). `required: false` marks documents needed only where relevant.
   */
  readonly documents: readonly Requirement[];
  /** Requirements that may apply: the form should ask for `needs` and call again. */
  readonly undecided: readonly UndecidedRequirement[];
  readonly source: Citation;
}

function readApplicant(applicant: unknown): Result<ApplicantProfile> {
  const profile = typeof applicant === 'string' ? { kind: applicant } : applicant;
  const { kind, representative } = (typeof profile === 'object' && profile !== null ? profile : {}) as { kind?: unknown; representative?: unknown };
  const unknownKey = typeof profile === 'object' && profile !== null ? Object.keys(profile).find((k) => k !== 'kind' && k !== 'representative') : undefined;
  if (unknownKey !== undefined) {
    return fail('catalog.applicant-invalid', {
      id: `Data pemohon "${unknownKey.slice(0, 64)}" tidak dikenal (hanya kind dan representative).`,
      en: `Unknown applicant field "${unknownKey.slice(0, 64)}" (only kind and representative).`,
    }, `applicant.${unknownKey.slice(0, 64)}`);
  }
  if (kind !== 'person' && kind !== 'business') {
    return fail('catalog.applicant-invalid', {
      id: 'Pemohon harus perorangan ("person") atau badan usaha ("business").',
      en: 'The applicant must be a person ("person") or a business entity ("business").',
    }, 'applicant');
  }
  if (representative !== undefined && typeof representative !== 'boolean') {
    return fail('catalog.applicant-invalid', {
      id: 'Penunjukan kuasa harus ya/tidak (true/false).', en: 'The representative flag must be yes/no (true/false).',
    }, 'applicant.representative');
  }
  return ok(representative === undefined ? { kind } : { kind, representative });
}

/**
 * The documents an applicant must provide for a permit type (CAT-02), from Lampiran I column 4: a person and a
 * business entity differ (a business adds its deed of establishment; a power of attorney where Lampiran I asks for
 * one when a representative files), and conditional documents follow the application's details — a Reklame over
 * 20 m² adds the site inspection record of the advertising team (CAT-04). Conditions that the given details cannot
 * decide are listed in `undecided`, never guessed.
 *
 * @example
 * ```ts
 * const list = requirementsFor('reklame', 'business', { details: { areaM2: 24, projectingOrPole: true } });
 * if (list.ok) list.value.documents.map((d) => d.key); // […, 'landowner-consent', 'site-inspection-record']
 * ```
 */
export function requirementsFor(permitType: string, applicant: ApplicantKind | ApplicantProfile, options: RequirementsOptions = {}): Result<RequirementList> {
  if (typeof options !== 'object' || options === null) {
    return fail('catalog.options-invalid', { id: 'Opsi harus berupa objek.', en: 'The options must be an object.' }, 'options');
  }
  const found = lookupPermitType(permitType, options.catalog);
  if (!found.ok) return found;
  return requirementsOfType(found.value.type, applicant, options.details);
}

/**
 * {@link requirementsFor} on one permit type already taken from a catalog (a browser form holding its
 * municipality's catalog entry): the same checks of the applicant and the details, without looking the type up or
 * validating a catalog, so a bundle that uses it leaves the catalog validator out.
 *
 * @example
 * ```ts
 * const reklame = catalog.permitTypes.find((t) => t.id === 'reklame')!;
 * const list = requirementsOfType(reklame, 'business', { areaM2: 24, projectingOrPole: true });
 * ```
 */
export function requirementsOfType(type: PermitType, applicant: ApplicantKind | ApplicantProfile, details?: ApplicationDetails): Result<RequirementList> {
  const profile = readApplicant(applicant);
  if (!profile.ok) return profile;
  const read = readDetails(type, details);
  if (!read.ok) return read;
  const known: ApplicationDetails = profile.value.representative === undefined
    ? read.value
    : { ...read.value, [REPRESENTATIVE_DETAIL]: profile.value.representative };

  const documents: Requirement[] = [];
  const undecided: UndecidedRequirement[] = [];
  for (const requirement of type.requirements) {
    if (requirement.appliesTo !== 'both' && requirement.appliesTo !== profile.value.kind) continue;
    const holds = requirement.condition === undefined ? true : evaluateCondition(requirement.condition, known);
    if (holds === true) documents.push(requirement);
    else if (holds === undefined && requirement.condition !== undefined) {
      undecided.push({ requirement, needs: missingDetails(requirement.condition, known) });
    }
  }
  return ok({ permitType: type.id, applicant: profile.value.kind, documents, undecided, source: type.source });
}
