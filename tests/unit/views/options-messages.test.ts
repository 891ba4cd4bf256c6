/** Issue 13.9: what an import left out, said per kind and cause in each UI language (Chinese with full-width marks). */
import { describe, expect, it } from 'vitest';
import { createTranslator } from '@/utils/i18n';
import { importFailureMessage, skipLines } from '@/utils/views/options-messages';
import type { SkipTally } from '@/utils/store/import-skips';

const skips: SkipTally[] = [
  { kind: 'alerts', cause: 'no-business', count: 1 },
  { kind: 'reviews', cause: 'off-site', site: 'google-maps', count: 3 },
  { kind: 'businesses', cause: 'damaged', count: 2 },
];

describe('what an import left out', () => {
  it('gives one line per kind and cause, the largest first, in English, Russian and Chinese', () => {
    expect(skipLines(createTranslator('en'), skips)).toEqual([
      '3 reviews skipped: their links do not lead to Google Maps.',
      '2 businesses skipped: they are damaged or incomplete in the file.',
      '1 alert skipped: its business is not in the file.',
    ]);
    expect(skipLines(createTranslator('ru'), skips)).toEqual([
      '3 отзыва пропущены: ссылки ведут не на Google Maps.',
      '2 компании пропущены: записи в файле повреждены или неполны.',
      '1 уведомление пропущено: в файле нет его компании.',
    ]);
    expect(skipLines(createTranslator('zh'), skips)).toEqual([
      '已跳过 3 条评价：链接未指向 Google Maps。',
      '已跳过 2 个商户：文件中的记录已损坏或不完整。',
      '已跳过 1 条提醒：文件中没有对应的商户。',
    ]);
    expect(skipLines(createTranslator('ru'), [{ kind: 'reviews', cause: 'damaged', count: 5 }])).toEqual([
      '5 отзывов пропущено: записи в файле повреждены или неполны.',
    ]);
  });

  it('says why a file was refused without the checker’s words', () => {
    const zh = createTranslator('zh');
    expect(importFailureMessage(zh, { kind: 'invalid', reason: 'format version 9 is newer than this extension reads (1)', code: 'too-new' })).toBe(
      '导入失败：此文件来自更新版本的 Review Sentinel，请先更新扩展程序',
    );
    expect(importFailureMessage(createTranslator('en'), { kind: 'invalid', reason: 'businesses is not a list' })).toBe(
      'Import failed: the file is damaged and could not be read',
    );
  });
});
