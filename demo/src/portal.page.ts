// The applicant portal's entry page: what to do, and who is signed in.
import { signedInAccount } from './shared/session.js';
import { showAccount } from './shared/portal-account.js';
import { element, renderInLanguage, say } from './shared/text.js';

const account = await signedInAccount();
showAccount(account);
const greeting = element('greeting');
renderInLanguage(() => {
  greeting.textContent = account
    ? say({ id: `Selamat datang, ${account.name}. Lihat permohonan Anda atau ajukan izin baru.`, en: `Welcome, ${account.name}. See your applications or apply for a new permit.` })
    : say({ id: 'Anda belum masuk. Daftar dulu bila belum punya akun, lalu masuk untuk mengajukan izin.', en: 'You are not signed in. Register first if you have no account, then sign in to apply.' });
});
