/** The languages of the SDK's texts: Bahasa Indonesia (the default) and English. */
export type Language = 'id' | 'en';

/** A plain decimal text (`1804500.375`) with the language's separators: `1.804.500,375` (id), `1,804,500.375` (en). */
function groupDecimal(text: string, language: Language): string {
  const [whole = '', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, language === 'id' ? '.' : ',');
  return fraction === undefined ? grouped : `${grouped}${language === 'id' ? ',' : '.'}${fraction}`;
}

/**
 * A non-negative number written for people: `1.804.500,375` in Indonesian, `1,804,500.375` in English. Digits come
 * from the number's shortest printed form, so nothing is rounded on the way.
 */
export function formatNumber(value: number, language: Language = 'id'): string {
  return groupDecimal(String(value), language);
}

/** An exact amount text (`1804500.375`, or a mixed fraction `333333 1/3`) with the language's separators. */
export function formatExact(exact: string, language: Language = 'id'): string {
  const [whole = '', fraction] = exact.split(' ');
  if (whole.includes('/')) return whole;
  return fraction === undefined ? groupDecimal(whole, language) : `${groupDecimal(whole, language)} ${fraction}`;
}

/** Rupiah for people: `Rp 25.000` (id), `Rp 25,000` (en). */
export function formatRupiah(value: number, language: Language = 'id'): string {
  return `Rp ${formatNumber(value, language)}`;
}
