// The page's error summary (GOV.UK pattern): a heading, one line per problem linking to its field, focus moved to it.
import { element, make, say } from './text.js';

/** One problem: its message and, when it belongs to a field, that field. */
export interface PageProblem {
  readonly text: string;
  readonly field?: HTMLElement;
}

const HEADING = { id: 'Ada masalah', en: 'There is a problem' };

/** Marks every field of `fields` valid again, removes their inline messages and hides the summary `#error-summary`. */
export function clearProblems(fields: readonly HTMLElement[] = []): void {
  for (const field of fields) {
    field.removeAttribute('aria-invalid');
    document.getElementById(`${field.id}-error`)?.remove();
    const describedBy = (field.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id !== '' && id !== `${field.id}-error`);
    if (describedBy.length > 0) field.setAttribute('aria-describedby', describedBy.join(' '));
    else field.removeAttribute('aria-describedby');
  }
  const summary = element('error-summary');
  summary.replaceChildren();
  summary.hidden = true;
}

/** The message next to its field (GOV.UK pattern), read with the field through aria-describedby. */
function showInline(field: HTMLElement, text: string): void {
  const id = `${field.id}-error`;
  document.getElementById(id)?.remove();
  field.before(make('p', text, { id, class: 'error' }));
  const describedBy = (field.getAttribute('aria-describedby') ?? '').split(' ').filter((other) => other !== '' && other !== id);
  field.setAttribute('aria-describedby', [...describedBy, id].join(' '));
}

/** Shows `problems` in `#error-summary` (a role=alert region with tabindex=-1), marks their fields and focuses it. */
export function showProblems(problems: readonly PageProblem[]): void {
  const summary = element('error-summary');
  const list = make('ul');
  for (const problem of problems) {
    const item = make('li');
    if (problem.field) {
      const field = problem.field;
      field.setAttribute('aria-invalid', 'true');
      showInline(field, problem.text);
      const link = make('a', problem.text, { href: `#${field.id}` });
      link.addEventListener('click', (event) => {
        event.preventDefault();
        field.focus();
      });
      item.append(link);
    } else {
      item.textContent = problem.text;
    }
    list.append(item);
  }
  summary.replaceChildren(make('h2', say(HEADING)), list);
  summary.hidden = false;
  summary.focus();
}

/** Disables `button` and says "Memproses…" in `status` while `task` runs. */
export async function withProgress<T>(button: HTMLButtonElement, status: HTMLElement, task: () => Promise<T>): Promise<T> {
  button.disabled = true;
  status.textContent = say({ id: 'Memproses…', en: 'Processing…' });
  try {
    return await task();
  } finally {
    button.disabled = false;
    status.textContent = '';
  }
}
