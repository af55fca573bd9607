// An applicant's request for an access right (ACC-01): the registrant, and for a business entity the company; the
// documents are recorded by name, size and SHA-256. The account starts pending: an officer decides (ACC-02).
import { api, problemMessage } from './shared/session.js';
import { clearProblems, showProblems, withProgress, type PageProblem } from './shared/problem-summary.js';
import { sha256Hex } from './shared/sha256.js';
import { longDate } from './shared/format.js';
import { element, say } from './shared/text.js';

const form = element<HTMLFormElement>('register');
const button = element<HTMLButtonElement>('register-button');
const input = (id: string) => element<HTMLInputElement>(id);
const TEXT_FIELDS = ['company-name', 'npwp', 'name', 'nik', 'phone', 'email', 'password'];
const DOCUMENT_LABELS: Readonly<Record<string, { id: string; en: string }>> = {
  ktp: { id: 'Unggah KTP.', en: 'Upload the KTP.' },
  'company-npwp': { id: 'Unggah kartu NPWP badan usaha.', en: 'Upload the company NPWP card.' },
  'deed-of-establishment': { id: 'Unggah akta pendirian.', en: 'Upload the deed of establishment.' },
  'power-of-attorney': { id: 'Unggah surat kuasa.', en: 'Upload the power of attorney.' },
};
const FIELD_OF_PATH: Readonly<Record<string, string>> = {
  nik: 'nik', phone: 'phone', email: 'email', name: 'name', password: 'password', companyName: 'company-name', npwp: 'npwp', companyNpwp: 'npwp',
};

function isBusiness(): boolean {
  return input('kind-business').checked;
}

function leads(): boolean {
  return input('leader-yes').checked;
}

/** The documents ACC-01 asks of this registrant (core's requiredAccessDocuments). */
function requiredDocuments(): string[] {
  if (!isBusiness()) return ['ktp'];
  return ['company-npwp', 'deed-of-establishment', ...(leads() ? [] : ['power-of-attorney'])];
}

function showKind(): void {
  element('business-fields').hidden = !isBusiness();
  element('business-documents').hidden = !isBusiness();
  element('doc-ktp-field').hidden = isBusiness();
  element('doc-power-of-attorney-field').hidden = !isBusiness() || leads();
}

function missingProblems(): PageProblem[] {
  const problems: PageProblem[] = [];
  const required = ['name', 'nik', 'phone', 'email', ...(isBusiness() ? ['company-name', 'npwp'] : [])];
  for (const id of required) {
    if (input(id).value.trim() === '') {
      const label = document.querySelector(`label[for="${id}"]`)?.textContent?.trim() ?? id;
      problems.push({ field: input(id), text: say({ id: `Isi ${label}.`, en: `Enter the ${label}.` }) });
    }
  }
  if (input('password').value.length < 10) {
    problems.push({ field: input('password'), text: say({ id: 'Kata sandi paling sedikit 10 karakter.', en: 'The password needs at least 10 characters.' }) });
  }
  for (const key of requiredDocuments()) {
    const picker = input(`doc-${key}`);
    if (!picker.files?.[0]) problems.push({ field: picker, text: say(DOCUMENT_LABELS[key] ?? { id: key, en: key }) });
  }
  return problems;
}

async function documentRecords() {
  return Promise.all(requiredDocuments().map(async (key) => {
    const file = input(`doc-${key}`).files?.[0] as File;
    return { key, fileName: file.name.slice(0, 255), mediaType: file.type || 'application/octet-stream', size: file.size, sha256: await sha256Hex(file) };
  }));
}

/** The field a refusal names (core's path such as `registrant.nik`), when the page has it. */
function fieldOf(path: unknown): HTMLElement | undefined {
  if (typeof path !== 'string') return undefined;
  const last = path.split('.').pop() ?? '';
  const id = FIELD_OF_PATH[last];
  return id ? input(id) : undefined;
}

async function register(): Promise<void> {
  const business = isBusiness();
  const { data, error } = await api.POST('/accounts', {
    body: {
      kind: business ? 'business' : 'person',
      name: input('name').value.trim(),
      nik: input('nik').value.trim(),
      phone: input('phone').value.trim(),
      email: input('email').value.trim(),
      password: input('password').value,
      ...(business ? { companyName: input('company-name').value.trim(), npwp: input('npwp').value.trim(), registrantIsLeader: leads() } : {}),
      documents: await documentRecords(),
    },
  });
  if (!data) {
    const field = fieldOf((error as { path?: unknown } | undefined)?.path);
    showProblems([{ text: say(problemMessage(error)), ...(field ? { field } : {}) }]);
    return;
  }
  const due = longDate(data.decisionDue);
  element('confirmation-text').textContent = say({
    id: `Akun Anda (${data.account.email}) menunggu keputusan petugas, paling lambat ${due}. Anda akan diberi tahu lewat SMS dan e-mail apakah hak akses diberikan.`,
    en: `Your account (${data.account.email}) awaits an officer's decision, at the latest on ${due}. You will be told by SMS and e-mail whether access is granted.`,
  });
  form.hidden = true;
  const confirmation = element('confirmation');
  confirmation.hidden = false;
  confirmation.focus();
}

for (const id of ['kind-person', 'kind-business', 'leader-yes', 'leader-no']) input(id).addEventListener('change', showKind);
showKind();
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearProblems([...TEXT_FIELDS.map(input), ...['ktp', 'company-npwp', 'deed-of-establishment', 'power-of-attorney'].map((key) => input(`doc-${key}`))]);
  const problems = missingProblems();
  if (problems.length > 0) return showProblems(problems);
  void withProgress(button, element('progress'), register);
});
