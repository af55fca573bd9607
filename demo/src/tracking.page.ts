// Public tracking by receipt number (APP-03, Pasal 23), without signing in: the number typed here is handed to the
// embedded <sp-tracking-timeline>, which checks its check character and shows the public view of the application.
import { signedInAccount } from './shared/session.js';
import { showAccount } from './shared/portal-account.js';
import { clearProblems, showProblems } from './shared/problem-summary.js';
import { element, say } from './shared/text.js';

const input = element<HTMLInputElement>('receipt');
const slot = element('timeline-slot');

function track(receipt: string): void {
  const timeline = document.createElement('sp-tracking-timeline');
  timeline.setAttribute('receipt', receipt);
  slot.replaceChildren(timeline);
  history.replaceState(null, '', `?receipt=${encodeURIComponent(receipt)}`);
}

element('track').addEventListener('submit', (event) => {
  event.preventDefault();
  clearProblems([input]);
  const receipt = input.value.trim();
  if (receipt === '') return showProblems([{ field: input, text: say({ id: 'Isi nomor tanda terima.', en: 'Enter the receipt number.' }) }]);
  track(receipt);
});

const given = new URLSearchParams(location.search).get('receipt');
if (given) {
  input.value = given;
  track(given);
}
showAccount(await signedInAccount());
