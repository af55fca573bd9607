// The staff home: who is signed in, in which roles, and the pages of those roles.
import { STAFF_ROLES, type LocalizedText } from '@satupintu/core';
import { roleLabel } from './shared/office-labels.js';
import { requireAccount, signOut } from './shared/session.js';
import { element, make, renderInLanguage, say } from './shared/text.js';

/** The pages of each role besides the queue, which every officer has. */
const ROLE_PAGES: readonly { roles: readonly string[]; href: string; text: LocalizedText }[] = [
  { roles: ['admin-officer', 'head-of-office'], href: 'access-requests.html', text: { id: 'Permohonan hak akses yang menunggu keputusan (ACC-02)', en: 'Access requests waiting for a decision (ACC-02)' } },
  { roles: ['supervisor'], href: 'supervision.html', text: { id: 'Pengawasan: rencana inspeksi tahunan, BAP, status LKPM, sanksi', en: 'Supervision: annual inspection plan, BAP, LKPM status, sanctions' } },
  { roles: ['head-of-office'], href: 'head-office.html', text: { id: 'Kepala kantor: laporan IKM, kinerja layanan, pernyataan gangguan layanan', en: 'Head of office: IKM report, service-level figures, outage declaration' } },
];

const account = await requireAccount(STAFF_ROLES);

function render(): void {
  element('account-name').textContent = account.name;
  element('account-email').textContent = account.email;
  element('account-roles').textContent = account.roles.map((role) => say(roleLabel(role))).join(', ');
  const links = ROLE_PAGES.filter((page) => page.roles.some((role) => account.roles.includes(role))).map((page) => {
    const item = make('li');
    item.append(make('a', say(page.text), { href: page.href }));
    return item;
  });
  element('role-pages').replaceChildren(...links);
  element('role-pages-section').hidden = links.length === 0;
}

element('sign-out').addEventListener('click', () => void signOut());
renderInLanguage(render);
