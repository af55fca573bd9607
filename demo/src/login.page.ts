// Sign-in for applicants and staff; afterwards back to the page that asked (`?next=`), else to the home page of the
// account's role.
import { element, say } from './shared/text.js';
import { signIn } from './shared/session.js';

const STAFF_HOME = 'backoffice.html';
const APPLICANT_HOME = 'portal.html';
const signingIn = { id: 'Sedang masuk…', en: 'Signing in…' };
const missing = { id: 'Isi surel dan kata sandi.', en: 'Enter your e-mail and password.' };

const form = element<HTMLFormElement>('sign-in');
const summary = element('error-summary');
const message = element('error-message');
const progress = element('progress');
const button = element<HTMLButtonElement>('sign-in-button');
const params = new URLSearchParams(location.search);
element('wrong-role').hidden = params.get('role') !== 'wrong';

/** Only a page of this demo, never another site (an open redirect would help phishing). */
function safeNext(next: string | null): string | undefined {
  return next !== null && /^[a-z0-9-]+\.html([?#][^\s]*)?$/i.test(next) ? next : undefined;
}

function showProblem(text: string): void {
  message.textContent = text;
  summary.hidden = false;
  summary.focus();
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const email = element<HTMLInputElement>('email').value.trim();
  const password = element<HTMLInputElement>('password').value;
  if (email === '' || password === '') return showProblem(say(missing));
  button.disabled = true;
  progress.textContent = say(signingIn);
  try {
    const result = await signIn(email, password);
    if ('problem' in result) return showProblem(say(result.problem));
    const home = result.account.roles.includes('applicant') ? APPLICANT_HOME : STAFF_HOME;
    location.assign(safeNext(params.get('next')) ?? home);
  } finally {
    button.disabled = false;
    progress.textContent = '';
  }
});
