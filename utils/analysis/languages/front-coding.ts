/**
 * Front coding of a sorted word list, for the large lexicons shipped in the bundle: each word is
 * written as the number of characters it shares with the word before (one digit, 0–9) and then the
 * rest of it, with no separator ("一举击败|一举成名" becomes "0一举击败2成名"). Sorted lists share long
 * prefixes, so the coded form is a third smaller and gzips about a fifth smaller than the list
 * joined with "|". Words must not contain ASCII digits. Characters are code points.
 */

const DIGIT = /[0-9]/u;

/** The coded form of `words` (sorted first, so the order of the input does not matter). */
export function frontEncode(words: readonly string[]): string {
  let previous: string[] = [];
  let out = '';
  for (const word of [...words].sort()) {
    if (DIGIT.test(word)) throw new Error(`front coding: "${word}" holds a digit`);
    const chars = [...word];
    let shared = 0;
    while (shared < 9 && shared < chars.length && shared < previous.length && chars[shared] === previous[shared]) shared++;
    out += String(shared) + chars.slice(shared).join('');
    previous = chars;
  }
  return out;
}

/** The sorted words of a coded list. */
export function frontDecode(coded: string): string[] {
  const words: string[] = [];
  let previous: string[] = [];
  let current: string[] | undefined;
  for (const char of coded) {
    if (char >= '0' && char <= '9') {
      if (current) words.push(current.join(''));
      current = previous.slice(0, Number(char));
      previous = current;
    } else if (current) current.push(char);
    else throw new Error('front coding: the list must start with a digit');
  }
  if (current) words.push(current.join(''));
  return words;
}
