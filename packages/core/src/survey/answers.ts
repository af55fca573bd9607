import type { SpError } from '../result.js';
import { IKM_ELEMENT_CODES, IKM_ELEMENT_COUNT, type IkmAnswer, type IkmElementCode } from './elements.js';
import { issue } from '../issues.js';

/**
 * One respondent's answers, 1–4 for each element. Either an array of nine in element order U1…U9, or an object
 * keyed by element code. Both are accepted; errors always name the element (`responses.3.U4`).
 *
 * @example
 * ```ts
 * const asArray: IkmResponse = [4, 3, 3, 4, 3, 4, 4, 3, 2];
 * const asObject: IkmResponse = { U1: 4, U2: 3, U3: 3, U4: 4, U5: 3, U6: 4, U7: 4, U8: 3, U9: 2 };
 * ```
 */
export type IkmResponse = readonly IkmAnswer[] | Readonly<Record<IkmElementCode, IkmAnswer>>;

function describe(value: unknown): string {
  if (typeof value === 'number') return String(value);
  return value === null ? 'null' : typeof value;
}

function checkAnswer(value: unknown, path: string, problems: SpError[]): IkmAnswer {
  if (value === 1 || value === 2 || value === 3 || value === 4) return value;
  const shown = describe(value);
  problems.push(issue('survey.answer-invalid', path,
    `Jawaban harus bilangan bulat 1, 2, 3 atau 4 (diterima: ${shown}).`,
    `An answer must be the whole number 1, 2, 3 or 4 (got: ${shown}).`));
  return 1;
}

function missing(path: string): SpError {
  return issue('survey.answer-missing', path, 'Jawaban untuk unsur ini belum diisi.', 'This element has no answer.');
}

function extra(path: string): SpError {
  return issue('survey.answer-extra', path, 'Unsur ini tidak ada dalam survei (hanya U1–U9).',
    'This element is not part of the survey (only U1–U9).');
}

/**
 * Reads one response at `path` into nine answers in element order, or adds its problems to `problems` (then the
 * returned answers are meaningless). An array must hold exactly nine answers; an object exactly the keys U1…U9.
 */
export function readResponse(response: unknown, path: string, problems: SpError[]): IkmAnswer[] {
  const answers: IkmAnswer[] = [];
  if (Array.isArray(response)) {
    IKM_ELEMENT_CODES.forEach((code, index) => {
      if (index < response.length) answers.push(checkAnswer(response[index], `${path}.${code}`, problems));
      else problems.push(missing(`${path}.${code}`));
    });
    for (let index = IKM_ELEMENT_COUNT; index < response.length; index += 1) problems.push(extra(`${path}.${index}`));
    return answers;
  }
  if (typeof response !== 'object' || response === null) {
    problems.push(issue('survey.response-invalid', path,
      'Satu jawaban survei harus berupa daftar sembilan nilai atau objek U1–U9.',
      'A survey response must be a list of nine answers or an object with keys U1–U9.'));
    return answers;
  }
  const record = response as Readonly<Record<string, unknown>>;
  for (const code of IKM_ELEMENT_CODES) {
    if (Object.hasOwn(record, code)) answers.push(checkAnswer(record[code], `${path}.${code}`, problems));
    else problems.push(missing(`${path}.${code}`));
  }
  for (const key of Object.keys(record)) {
    if (!(IKM_ELEMENT_CODES as readonly string[]).includes(key)) problems.push(extra(`${path}.${key.slice(0, 40)}`));
  }
  return answers;
}
