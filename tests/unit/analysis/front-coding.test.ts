import { describe, expect, it } from 'vitest';
import { frontDecode, frontEncode } from '@/utils/analysis/languages/front-coding';
import { hanDecode, hanEncode } from '@/utils/analysis/languages/han-coding';
import { NTUSD_CHARS, NTUSD_NEGATIVE, NTUSD_POSITIVE } from '@/utils/analysis/languages/zh-ntusd';

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
      expect(coded).toMatch(/^[\x20-\x7e]+$/u);
      const words = frontDecode(hanDecode(NTUSD_CHARS, coded));
      expect(words.length).toBeGreaterThan(8000);
      for (const word of words) expect(word).toMatch(/^\p{Script=Han}{1,4}$/u);
    }
    expect(frontDecode(hanDecode(NTUSD_CHARS, NTUSD_POSITIVE))).toContain('一帆风顺');
    expect(frontDecode(hanDecode(NTUSD_CHARS, NTUSD_NEGATIVE))).not.toContain('一帆风顺');
  });
});

describe('han coding', () => {
  it('writes characters in printable ASCII and reads them back, digits untouched', () => {
    const texts = ['0一举击败2成名1帆风顺', '0好吃2极了0难吃', '0𠀋好'];
    const { table, coded } = hanEncode(texts);
    for (const c of coded) expect(c).toMatch(/^[\x20-\x7e]+$/u);
    expect(coded.map((c) => hanDecode(table, c))).toEqual(texts);
    expect(coded[0]!.startsWith('0')).toBe(true);
  });

  it('codes thousands of distinct characters, the rare ones in two characters each', () => {
    const many = Array.from({ length: 5000 }, (_, i) => String.fromCodePoint(0x4e00 + i * 3)).join('');
    const { table, coded } = hanEncode([`0${many}`, '0一一一']);
    expect(hanDecode(table, coded[0]!)).toBe(`0${many}`);
    expect(hanDecode(table, coded[1]!)).toBe('0一一一');
    expect(coded[0]!.length).toBeLessThan(2 * many.length + 1);
    expect(coded[1]).toHaveLength(4);
  });

  it('refuses a code that is not in its table', () => {
    const { table } = hanEncode(['0好']);
    expect(() => hanDecode(table, '0"x')).toThrow(/beyond the table|no code|cut short/);
    expect(() => hanDecode('好', '0a')).toThrow(/no "\|"/);
    expect(() => hanEncode(['0好|吃'])).toThrow(/ASCII/);
  });
});
