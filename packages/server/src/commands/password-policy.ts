/** Passwords too common to allow, whatever their length (a short list of the usual suspects, lower case). */
const COMMON = ['password', 'passw0rd', 'katasandi', 'rahasia', 'qwerty', 'letmein', 'welcome', 'admin', 'satupintu', 'indonesia', '123456', 'abc123'];

/**
 * Why a staff password is too weak (empty when it is acceptable): at least 12 characters; at least three kinds of
 * character (lower, upper, digit, other) unless it is a passphrase of 20 or more; no run of 4 identical characters;
 * not built on a common password, the e-mail's local part or the person's name.
 */
export function staffPasswordProblems(password: string, person: { readonly email: string; readonly name: string }): string[] {
  const problems: string[] = [];
  if (password.length < 12) problems.push('use at least 12 characters');
  if (password.length > 200) problems.push('use at most 200 characters');
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((re) => re.test(password)).length;
  if (kinds < 3 && password.length < 20) problems.push('mix lower case, upper case, digits and symbols (three kinds), or use a passphrase of 20+ characters');
  if (/(.)\1{3}/u.test(password)) problems.push('do not repeat one character 4 times');
  const lower = password.toLowerCase();
  const personal = [person.email.split('@')[0] ?? '', ...person.name.toLowerCase().split(/\s+/)].filter((part) => part.length >= 4);
  if (COMMON.some((word) => lower.includes(word))) problems.push('do not build it on a common password');
  if (personal.some((part) => lower.includes(part.toLowerCase()))) problems.push('do not use your name or e-mail in it');
  return problems;
}
