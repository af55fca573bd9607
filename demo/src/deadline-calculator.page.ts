// The officer's service-deadline calculator: core's working-day calendar, running in the browser.
import { indonesiaCalendar, parseIsoDate, type LocalizedText, type NonWorkingDay } from '@satupintu/core';

type Language = 'id' | 'en';

const TEXT = {
  deadline: { id: 'Batas waktu', en: 'Deadline' },
  skipped: { id: 'Hari yang dilewati', en: 'Days skipped' },
  none: { id: 'Tidak ada hari libur atau akhir pekan yang dilewati.', en: 'No holiday or weekend was skipped.' },
  workingDaysInvalid: {
    id: 'Jumlah hari kerja harus bilangan bulat 1 sampai 250.',
    en: 'The number of working days must be a whole number from 1 to 250.',
  },
  problem: { id: 'Ada masalah', en: 'There is a problem' },
  date: { id: 'Tanggal', en: 'Date' },
  reason: { id: 'Keterangan', en: 'Reason' },
  weekend: { id: 'Akhir pekan', en: 'Weekend' },
  summary: (n: number, start: string, lang: Language) =>
    lang === 'id' ? `${n} hari kerja setelah ${start}` : `${n} working days after ${start}`,
} as const;

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page lacks #${id}`);
  return found as T;
}

const form = element<HTMLFormElement>('calculator');
const startInput = element<HTMLInputElement>('start');
const daysInput = element<HTMLInputElement>('working-days');
const result = element<HTMLElement>('result');
const errorSummary = element<HTMLElement>('error-summary');
const coverage = element<HTMLElement>('coverage');

function language(): Language {
  return document.documentElement.lang === 'en' ? 'en' : 'id';
}

function longDate(date: string, lang: Language): string {
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'full', timeZone: 'UTC' })
    .format(new Date(`${date}T00:00:00Z`));
}

function say(text: LocalizedText): string {
  return text[language()];
}

function showErrors(errors: { field: HTMLInputElement; message: string }[]): void {
  for (const input of [startInput, daysInput]) {
    input.removeAttribute('aria-invalid');
    element(`${input.id}-error`).textContent = '';
  }
  errorSummary.replaceChildren();
  errorSummary.hidden = errors.length === 0;
  if (errors.length === 0) return;
  const heading = document.createElement('h2');
  heading.textContent = say(TEXT.problem);
  const list = document.createElement('ul');
  for (const { field, message } of errors) {
    field.setAttribute('aria-invalid', 'true');
    element(`${field.id}-error`).textContent = message;
    const link = document.createElement('a');
    link.href = `#${field.id}`;
    link.textContent = message;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      field.focus();
    });
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
  }
  errorSummary.append(heading, list);
  errorSummary.focus();
}

function skippedRow(day: NonWorkingDay, lang: Language): HTMLTableRowElement {
  const row = document.createElement('tr');
  const date = document.createElement('td');
  date.textContent = longDate(day.date, lang);
  const reason = document.createElement('td');
  reason.textContent = day.reason === 'weekend' ? say(TEXT.weekend) : day.name[lang];
  row.append(date, reason);
  return row;
}

function calculate(): void {
  const lang = language();
  const start = parseIsoDate(startInput.value, 'start');
  const days = Number(daysInput.value);
  const errors: { field: HTMLInputElement; message: string }[] = [];
  if (!start.ok) errors.push({ field: startInput, message: say(start.error.message) });
  if (!Number.isInteger(days) || days < 1 || days > 250 || daysInput.value.trim() === '') {
    errors.push({ field: daysInput, message: say(TEXT.workingDaysInvalid) });
  }
  let deadline = '';
  if (errors.length === 0) {
    try {
      deadline = indonesiaCalendar.addWorkingDays(startInput.value, days);
    } catch (error) {
      const localized = (error as { localized?: LocalizedText }).localized;
      errors.push({ field: startInput, message: localized ? say(localized) : String(error) });
    }
  }
  showErrors(errors);
  result.replaceChildren();
  if (errors.length > 0) return;

  const heading = document.createElement('h2');
  heading.textContent = say(TEXT.deadline);
  const answer = document.createElement('p');
  answer.className = 'deadline';
  answer.textContent = longDate(deadline, lang);
  const detail = document.createElement('p');
  detail.textContent = TEXT.summary(days, longDate(startInput.value, lang), lang);
  const skipped = indonesiaCalendar.nonWorkingDaysBetween(startInput.value, deadline);
  const skippedHeading = document.createElement('h3');
  skippedHeading.textContent = `${say(TEXT.skipped)} (${skipped.length})`;
  result.append(heading, answer, detail, skippedHeading);
  if (skipped.length === 0) {
    const none = document.createElement('p');
    none.textContent = say(TEXT.none);
    result.append(none);
    return;
  }
  const table = document.createElement('table');
  const head = document.createElement('tr');
  for (const title of [TEXT.date, TEXT.reason]) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = say(title);
    head.append(th);
  }
  const body = document.createElement('tbody');
  body.append(...skipped.map((day) => skippedRow(day, lang)));
  const thead = document.createElement('thead');
  thead.append(head);
  table.append(thead, body);
  result.append(table);
}

coverage.textContent = `${indonesiaCalendar.coverage.years[0]}–${indonesiaCalendar.coverage.years.at(-1)}`;
startInput.min = indonesiaCalendar.coverage.from;
startInput.max = indonesiaCalendar.coverage.to;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  calculate();
});
document.addEventListener('sp-language-change', () => {
  if (result.childElementCount > 0 || !errorSummary.hidden) calculate();
});
