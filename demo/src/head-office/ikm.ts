// The IKM report (IKM-03 … IKM-05) through the <sp-ikm-report> widget: the form sets its unit and period.
import { element } from '../shared/text.js';

/** Points the widget at the demo's /api and shows this year so far for the unit in the form. */
export function setUpIkmReport(today: string): void {
  const report = element('ikm-report');
  const unit = element<HTMLInputElement>('ikm-unit');
  const from = element<HTMLInputElement>('ikm-from');
  const to = element<HTMLInputElement>('ikm-to');
  from.value = `${today.slice(0, 4)}-01-01`;
  to.value = today;
  const show = (): void => {
    report.setAttribute('api', `${location.origin}/api`);
    report.setAttribute('lang', document.documentElement.lang === 'en' ? 'en' : 'id');
    report.setAttribute('unit', unit.value.trim());
    report.setAttribute('from', from.value);
    report.setAttribute('to', to.value);
  };
  element('ikm-form').addEventListener('submit', (event) => {
    event.preventDefault();
    show();
  });
  document.addEventListener('sp-language-change', show);
  show();
}
