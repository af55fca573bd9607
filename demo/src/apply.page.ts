// The application for one permit type (`apply.html?type=tdg`): the embedded <sp-permit-form>, for a signed-in
// applicant; once it is registered, the way on to the application's own page.
import { api, problemMessage, requireAccount } from './shared/session.js';
import { showAccount } from './shared/portal-account.js';
import { showProblems } from './shared/problem-summary.js';
import { element, renderInLanguage, say } from './shared/text.js';

interface SubmittedDetail {
  readonly receiptNumber: string;
  readonly applicationId: string;
}

showAccount(await requireAccount(['applicant']));
const typeId = new URLSearchParams(location.search).get('type') ?? '';
const { data: catalog, error } = await api.GET('/catalog');
const type = catalog?.permitTypes.find((candidate) => candidate.id === typeId);
if (!catalog || !type) {
  showProblems([{ text: catalog ? say({ id: `Jenis izin "${typeId}" tidak ada dalam katalog.`, en: `The permit type "${typeId}" is not in the catalog.` }) : say(problemMessage(error)) }]);
} else {
  renderInLanguage(() => {
    element('title').textContent = say({ id: `Ajukan ${type.name.id}`, en: `Apply for ${type.name.en}` });
    document.title = `${element('title').textContent} — Satupintu`;
  });
  const form = document.createElement('sp-permit-form');
  form.setAttribute('permit-type', type.id);
  Object.assign(form, { catalog }); // the catalog just read: the form renders at once, without fetching it again
  form.addEventListener('sp-submitted', (event) => {
    const { applicationId } = (event as CustomEvent<SubmittedDetail>).detail;
    element<HTMLAnchorElement>('application-link').href = `application.html?id=${encodeURIComponent(applicationId)}`;
    element('next').hidden = false;
  });
  element('form-slot').replaceChildren(form);
}
