// The applicant portal's entry page: what to do, who is signed in, and the public notice of an outage (APP-11).
import { signedInAccount } from './shared/session.js';
import { publicServiceStatus, serviceNotice } from './shared/service-notice.js';
import { showAccount } from './shared/portal-account.js';
import { element, renderInLanguage, say } from './shared/text.js';

const [account, status] = await Promise.all([signedInAccount(), publicServiceStatus()]);
showAccount(account);
const greeting = element('greeting');
renderInLanguage(() => {
  element('service-notice').replaceChildren(...serviceNotice(status));
  greeting.textContent = account
    ? say({ id: `Selamat datang, ${account.name}. Lihat permohonan Anda atau ajukan izin baru.`, en: `Welcome, ${account.name}. See your applications or apply for a new permit.` })
    : say({ id: 'Anda belum masuk. Daftar dulu bila belum punya akun, lalu masuk untuk mengajukan izin.', en: 'You are not signed in. Register first if you have no account, then sign in to apply.' });
});
