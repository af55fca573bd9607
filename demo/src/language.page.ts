// Switches a demo page between Bahasa Indonesia (the default) and English: every element with `data-en` carries
// its English text; the Indonesian text is kept in `data-id`. The choice survives a reload.
const KEY = 'satupintu-demo-language';

function apply(lang: 'id' | 'en'): void {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll<HTMLElement>('[data-en]')) {
    if (node.dataset.id === undefined) node.dataset.id = node.textContent?.trim() ?? '';
    node.textContent = lang === 'en' ? (node.dataset.en ?? '') : node.dataset.id;
  }
  document.getElementById('language-toggle')?.setAttribute('lang', lang === 'en' ? 'id' : 'en');
  document.dispatchEvent(new CustomEvent('sp-language-change', { detail: { lang } }));
}

function stored(): 'id' | 'en' {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

apply(stored());
document.getElementById('language-toggle')?.addEventListener('click', () => {
  const lang = document.documentElement.lang === 'en' ? 'id' : 'en';
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Private browsing: the choice lasts for this page only.
  }
  apply(lang);
});
