/**
 * The Luhn (mod 10) sum of ASCII digits: from the rightmost digit leftwards, every second digit (starting with the
 * one next to the rightmost) is doubled, minus 9 when above 9.
 */
function luhnSum(digits: string, doubleRightmost: boolean): number {
  let sum = 0;
  for (let i = digits.length - 1, double = doubleRightmost; i >= 0; i -= 1, double = !double) {
    let value = digits.charCodeAt(i) - 48;
    if (double) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
  }
  return sum;
}

/** Whether ASCII digits whose last digit is a Luhn check digit pass the check (the sum ends in 0). */
export function passesLuhn(digits: string): boolean {
  return luhnSum(digits, false) % 10 === 0;
}

/** The Luhn check digit to append to `payload` (ASCII digits). */
export function luhnCheckDigit(payload: string): string {
  return String((10 - (luhnSum(payload, true) % 10)) % 10);
}
