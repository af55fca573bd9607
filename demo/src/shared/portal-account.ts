// The portal's account area in the navigation: who is signed in and a sign-out button, or a sign-in link.
import { signOut, type Account } from './session.js';
import { make, renderInLanguage, say } from './text.js';

const SIGNED_IN = { id: 'Masuk sebagai', en: 'Signed in as' };
const SIGN_OUT = { id: 'Keluar', en: 'Sign out' };
const SIGN_IN = { id: 'Masuk', en: 'Sign in' };

/** Fills `#account` with the signed-in account's name and a sign-out button, or a sign-in link back to this page. */
export function showAccount(account: Account | undefined): void {
  const area = document.getElementById('account');
  if (!area) return;
  renderInLanguage(() => {
    if (!account) {
      const next = `${location.pathname.split('/').pop() ?? ''}${location.search}`;
      area.replaceChildren(make('a', say(SIGN_IN), { href: `login.html?next=${encodeURIComponent(next)}` }));
      return;
    }
    const button = make('button', say(SIGN_OUT), { type: 'button', class: 'link-button' });
    button.addEventListener('click', () => void signOut());
    area.replaceChildren(make('span', `${say(SIGNED_IN)} ${account.name}`), button);
  });
}
