import { parseEmail, parseNib, parseNik, parseNpwp, parsePhone } from '../identity/index.js';
import { atPath, fail, ok, type Result } from '../result.js';
import type { Applicant, ContactPerson } from './application.js';
import { checkRecord, checkText } from './input-checks.js';

/**
 * Checks the person responsible (*penanggung jawab*): a name, a valid NIK, a mobile number that can receive SMS
 * (ACC-02, APP-05) and an e-mail address, all normalised (E.164 phone, lower-case domain).
 */
export function checkContactPerson(value: unknown, path: string): Result<ContactPerson> {
  const record = checkRecord(value, path);
  if (!record.ok) return record;
  const name = checkText(record.value.name, `${path}.name`, 200);
  if (!name.ok) return name;
  const nik = atPath(parseNik(record.value.nik), path);
  if (!nik.ok) return nik;
  const phone = atPath(parsePhone(record.value.phone, { kinds: ['mobile'] }), path);
  if (!phone.ok) return phone;
  const email = atPath(parseEmail(record.value.email), path);
  if (!email.ok) return email;
  return ok({ name: name.value, nik: nik.value.nik, phone: phone.value.e164, email: email.value.address });
}

/**
 * Checks an applicant: a person (name, NIK, mobile phone, e-mail) or a business entity (company name, NPWP in its
 * 16-digit form, NIB when given, the contact person, and whether that contact is an appointed representative).
 * @example checkApplicant({ kind: 'person', name: 'Siti Rahma', nik: '3576014108900003', phone: '0812-3456-7890', email: 'siti@example.id' }, 'applicant')
 */
export function checkApplicant(value: unknown, path: string): Result<Applicant> {
  const record = checkRecord(value, path);
  if (!record.ok) return record;
  const input = record.value;
  if (input.kind === 'person') {
    const person = checkContactPerson(input, path);
    return person.ok ? ok({ kind: 'person', ...person.value }) : person;
  }
  if (input.kind !== 'business') {
    return fail('application.applicant-kind', {
      id: 'Pemohon harus perorangan ("person") atau badan usaha ("business").',
      en: 'The applicant must be a person ("person") or a business entity ("business").',
    }, `${path}.kind`);
  }
  const companyName = checkText(input.companyName, `${path}.companyName`, 200);
  if (!companyName.ok) return companyName;
  const npwp = atPath(parseNpwp(input.npwp), path);
  if (!npwp.ok) return npwp;
  const nib = input.nib === undefined ? ok(undefined) : atPath(parseNib(input.nib), path);
  if (!nib.ok) return nib;
  const contact = checkContactPerson(input.contact, `${path}.contact`);
  if (!contact.ok) return contact;
  if (typeof input.representative !== 'boolean') {
    return fail('application.representative-required', {
      id: 'Nyatakan apakah penanggung jawab adalah pimpinan perusahaan atau kuasanya (representative: true/false).',
      en: 'State whether the contact is the company leader or an appointed representative (representative: true/false).',
    }, `${path}.representative`);
  }
  return ok({
    kind: 'business',
    companyName: companyName.value,
    npwp: npwp.value.npwp,
    ...(nib.value === undefined ? {} : { nib: nib.value.nib }),
    contact: contact.value,
    representative: input.representative,
  });
}
