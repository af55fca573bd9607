// What every form of the back-office pages shows while it works and when the service refuses: the button disabled
// with "Memproses…" in a status region, and an error summary (the service's bilingual message) that takes focus.
import type { LocalizedText } from '@satupintu/core';
import { problemMessage } from './session.js';
import { make, say } from './text.js';

const WORKING: LocalizedText = { id: 'Memproses…', en: 'Working…' };
const PROBLEM: LocalizedText = { id: 'Ada masalah', en: 'There is a problem' };

/** A form's error summary (`role=alert`, `tabindex=-1`) and its status line (`role=status`). */
export interface Feedback {
  readonly summary: HTMLElement;
  readonly status: HTMLElement;
}

/** Shows `message` in the summary, names the field in error when the service gave one, and moves focus there. */
export function showProblem(feedback: Feedback, message: LocalizedText, field?: string): void {
  const text = say(message);
  const heading = make('h2', say(PROBLEM));
  const body = make('p', field === undefined ? text : `${text} (${field})`);
  feedback.summary.replaceChildren(heading, body);
  feedback.summary.hidden = false;
  feedback.summary.focus();
}

/** Hides the summary. */
export function clearProblem(feedback: Feedback): void {
  feedback.summary.hidden = true;
  feedback.summary.replaceChildren();
}

/** The field a problem-details answer names (`field`), if any. */
function problemField(problem: unknown): string | undefined {
  const field = typeof problem === 'object' && problem !== null ? (problem as { field?: unknown }).field : undefined;
  return typeof field === 'string' ? field : undefined;
}

/** Shows the service's refusal (its bilingual message and field). */
export function showServiceProblem(feedback: Feedback, problem: unknown): void {
  showProblem(feedback, problemMessage(problem), problemField(problem));
}

/**
 * Runs `work` with `button` disabled and "Memproses…" in the status line; an answer with `error` is shown in the
 * summary. Resolves with the data, or undefined when the service refused.
 */
export async function submitWith<T>(
  feedback: Feedback, button: HTMLButtonElement, work: () => Promise<{ data?: T; error?: unknown }>,
): Promise<T | undefined> {
  clearProblem(feedback);
  button.disabled = true;
  feedback.status.textContent = say(WORKING);
  try {
    const { data, error } = await work();
    if (data === undefined) {
      showServiceProblem(feedback, error);
      return undefined;
    }
    return data;
  } catch {
    showServiceProblem(feedback, undefined);
    return undefined;
  } finally {
    button.disabled = false;
    feedback.status.textContent = '';
  }
}
