import { describe, expect, it } from 'vitest';
import { lastSyncText, problemText } from '@/utils/sync/status-text';
import { createTranslator } from '@/utils/i18n';

const NOW = Date.UTC(2026, 11, 2, 9);

describe('the Sync panel’s words', () => {
  it('says what the last sync moved, in each language with its plural forms', () => {
    const status = { at: NOW - 5 * 60_000, ok: true, moved: { received: 21, sent: 3, reviews: 2, businesses: 1 } };
    expect(lastSyncText(createTranslator('en'), status, NOW)).toMatch(/^Last sync .+: 21 documents received, 3 sent; 2 reviews changed here\.$/);
    expect(lastSyncText(createTranslator('ru'), status, NOW)).toMatch(/получено 21 документ, отправлено 3 документа; здесь изменилось 2 отзыва\.$/);
    expect(lastSyncText(createTranslator('zh'), status, NOW)).toMatch(/收到 21 个文档，发送 3 个；本机有 2 条评论发生变化。$/);
    expect(lastSyncText(createTranslator('en'), null, NOW)).toBe('Not synced yet.');
  });

  it('puts each problem in words, a wrong password as such', () => {
    const failed = { at: NOW - 60_000, ok: false, problem: 'wrong-password' as const };
    expect(lastSyncText(createTranslator('en'), failed, NOW)).toMatch(/failed: wrong user name or password\.$/);
    expect(lastSyncText(createTranslator('ru'), failed, NOW)).toMatch(/не удалась: неверное имя пользователя или пароль\.$/);
    expect(problemText(createTranslator('en'), 'insecure')).toMatch(/^plain http is refused/);
    expect(problemText(createTranslator('zh'), 'missing-database')).toBe('服务器上没有这个数据库。请先创建它（见 README 的“Sync”部分）。');
    expect(problemText(createTranslator('en'), 'other', 'socket hang up')).toBe('something went wrong: socket hang up');
  });
});
