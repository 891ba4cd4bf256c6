import { describe, expect, it } from 'vitest';
import { frontDecode, frontEncode } from '@/utils/analysis/languages/front-coding';
import { NTUSD_NEGATIVE, NTUSD_POSITIVE } from '@/utils/analysis/languages/zh-ntusd';

describe('front coding of the shipped word lists', () => {
  it('writes each word as the characters it shares with the one before, then the rest', () => {
    expect(frontEncode(['一举成名', '一举击败', '一个机会'])).toBe('0一个机会1举击败2成名');
    expect(frontDecode('0一个机会1举击败2成名')).toEqual(['一个机会', '一举击败', '一举成名']);
  });

  it('gives back exactly the sorted words, duplicates, astral characters and empty words included', () => {
    const words = ['好', '好吃', '好吃', '𠮷野家', '𠮷', 'abc', 'abd', '', 'ab'];
    expect(frontDecode(frontEncode(words))).toEqual([...words].sort());
    expect(frontDecode(frontEncode([]))).toEqual([]);
  });

  it('refuses a word with a digit (it would read as a new word) and a list not starting with one', () => {
    expect(() => frontEncode(['好', '5星'])).toThrow(/digit/);
    expect(() => frontDecode('好0吃')).toThrow(/start with a digit/);
  });

  it('decodes the NTUSD lists to thousands of words of one to four Han characters', () => {
    for (const coded of [NTUSD_POSITIVE, NTUSD_NEGATIVE]) {
      const words = frontDecode(coded);
      expect(words.length).toBeGreaterThan(8000);
      for (const word of words) expect(word).toMatch(/^\p{Script=Han}{1,4}$/u);
    }
    expect(frontDecode(NTUSD_POSITIVE)).toContain('一帆风顺');
    expect(frontDecode(NTUSD_NEGATIVE)).not.toContain('一帆风顺');
  });
});
