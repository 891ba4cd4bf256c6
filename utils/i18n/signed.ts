/**
 * The one way a signed figure (text sentiment) is written on screen: "+0.42", "−0.3", "0", with
 * the true minus sign U+2212 in every language (Intl writes a hyphen-minus in some locales and a
 * minus sign in others), and never "−0" for a value that rounds to zero.
 */
export const MINUS = '\u2212';

type NumberFormat = (value: number, options?: Intl.NumberFormatOptions) => string;

export function signedNumber(format: NumberFormat, value: number, maximumFractionDigits = 2): string {
  const factor = 10 ** maximumFractionDigits;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const written = format(rounded, { maximumFractionDigits });
  if (rounded === 0) return written;
  return `${value < 0 ? MINUS : '+'}${written}`;
}
