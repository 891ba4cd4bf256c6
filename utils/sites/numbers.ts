/** Locale-tolerant number readers for ratings and counts shown on review pages. */

const CJK_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Parses small Chinese numerals (一 … 九十九); returns undefined for anything else. */
export function parseChineseNumeral(text: string): number | undefined {
  if (!text) return undefined;
  if (text === '十') return 10;
  const tens = text.indexOf('十');
  if (tens >= 0) {
    const head = text.slice(0, tens);
    const tail = text.slice(tens + 1);
    const h = head ? CJK_DIGITS[head] : 1;
    const t = tail ? CJK_DIGITS[tail] : 0;
    return h === undefined || t === undefined ? undefined : h * 10 + t;
  }
  if (text.length === 1) return CJK_DIGITS[text];
  return undefined;
}

/** "4.6", "4,6" → 4.6. The first decimal number in the text. */
export function parseDecimal(text: string | undefined | null): number | undefined {
  if (!text) return undefined;
  const match = /(\d+(?:[.,]\d+)?)/.exec(text);
  if (!match) return undefined;
  const value = Number(match[1]!.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}

/**
 * A review count as displayed: "1,234 reviews", "1 234 avis" (narrow no-break space),
 * "1.234 Bewertungen", "(16)", "1.2K", "2,5 тыс.", "1万". Returns an integer or undefined.
 */
export function parseCount(text: string | undefined | null): number | undefined {
  if (!text) return undefined;
  const t = text.replace(/[\u00a0\u202f\u2009' ]/g, ' ');
  const match = /(\d{1,3}(?:[ ,.]\d{3})+|\d+(?:[.,]\d+)?)\s*(k|K|тыс\.?|万|萬|mil)?/.exec(t);
  if (!match) return undefined;
  const raw = match[1]!;
  const unit = match[2];
  let value: number;
  if (/^\d{1,3}(?:[ ,.]\d{3})+$/.test(raw) && !unit) value = Number(raw.replace(/[ ,.]/g, ''));
  else value = Number(raw.replace(/ /g, '').replace(',', '.'));
  if (!Number.isFinite(value)) return undefined;
  if (unit) value *= unit === '万' || unit === '萬' ? 10_000 : 1_000;
  return Math.round(value);
}

/**
 * A star rating from an accessible label or short text, normalised to 1..5:
 * "4 stars", "Rated 4.0 out of 5", "5.0 of 5 bubbles", "4/5", "8/10", "5 звёзд", "4 estrellas",
 * "4,5 Sterne", "5 étoiles", "5 顆星", "五星". Returns undefined when no rating is readable.
 */
export function parseRatingLabel(text: string | undefined | null): number | undefined {
  if (!text) return undefined;
  const t = text.replace(/\u00a0/g, ' ');
  let value: number | undefined;
  let scale = 5;
  const outOf = /(\d+(?:[.,]\d+)?)\s*(?:\/|out of|of|из|de|von|sur|su|分之|\uff0f)\s*(\d+(?:[.,]\d+)?)/i.exec(t);
  if (outOf) {
    value = Number(outOf[1]!.replace(',', '.'));
    scale = Number(outOf[2]!.replace(',', '.'));
  } else {
    const cjk = /([一二两兩三四五])\s*(?:颗|顆)?\s*星/.exec(t);
    if (cjk) value = parseChineseNumeral(cjk[1]!);
    else value = parseDecimal(t);
  }
  if (value === undefined || !Number.isFinite(value) || !Number.isFinite(scale) || scale <= 0) return undefined;
  if (scale !== 5) {
    if (scale !== 10 && scale !== 100) return undefined;
    value = (value / scale) * 5;
  }
  if (value < 0.5 || value > 5) return undefined;
  return Math.round(value * 2) / 2;
}

/** Clamps a star value to a valid 1..5 rating or undefined. */
export function validRating(value: number | undefined): number | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  if (value < 1 || value > 5) return undefined;
  return Math.round(value * 2) / 2;
}

/** An overall (average) rating: 1..5 with one decimal, as sites display it. */
export function validAverage(value: number | undefined): number | undefined {
  if (value === undefined || !Number.isFinite(value) || value < 1 || value > 5) return undefined;
  return Math.round(value * 10) / 10;
}
