/** Reminders and the daily digest: when they are due, what they say, and never twice for a day. */
import { describe, expect, it } from 'vitest';
import { digestMessage } from '@/utils/background/schedule-notices';
import { createTranslator } from '@/utils/i18n';
import { digestDue, digestFigures, dueReminders, logReminders } from '@/utils/schedule/notices';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import type { BusinessRecord } from '@/utils/store/schema';
import { DAY, HOUR } from '@/utils/time';

const at = (y: number, m: number, d: number, h = 0, min = 0): number => new Date(y, m - 1, d, h, min).getTime();
const NOW = at(2026, 11, 20, 9, 30);

function business(key: string, overrides: Partial<BusinessRecord>): BusinessRecord {
  return {
    key,
    site: key.split(':')[0] as BusinessRecord['site'],
    siteBusinessId: key,
    name: key,
    url: 'https://www.yelp.com/biz/x',
    firstSeenAt: 0,
    lastCheckedAt: NOW,
    baselineVisitId: 'v',
    baselineAt: 0,
    lastVisitId: 'v',
    ...overrides,
  };
}

describe('reminders', () => {
  const stored = [
    business('yelp:mine', { role: 'mine', lastCheckedAt: NOW - 8 * DAY - HOUR }),
    business('google-maps:mine', { role: 'mine', lastCheckedAt: NOW - 6 * DAY }),
    business('yelp:rival', { role: 'competitor', lastCheckedAt: NOW - 30 * DAY }),
  ];

  it('name the owner’s sites not checked for N days (default 7), never competitors', () => {
    expect(dueReminders(stored, DEFAULT_SETTINGS, { reminders: {} }, NOW)).toEqual([
      { businessKey: 'yelp:mine', site: 'yelp', days: 8, url: 'https://www.yelp.com/biz/x' },
    ]);
    expect(dueReminders(stored, { ...DEFAULT_SETTINGS, reminderDays: 5 }, { reminders: {} }, NOW).map((r) => r.businessKey)).toEqual([
      'yelp:mine',
      'google-maps:mine',
    ]);
    expect(dueReminders(stored, { ...DEFAULT_SETTINGS, reminderDays: 0 }, { reminders: {} }, NOW)).toEqual([]);
  });

  it('are shown once a day: again the next day if still not checked', () => {
    const shown = dueReminders(stored, DEFAULT_SETTINGS, { reminders: {} }, NOW);
    const log = logReminders({ reminders: { 'yelp:gone': '2026-11-01' } }, shown, NOW);
    expect(log.reminders).toEqual({ 'yelp:mine': '2026-11-20' });
    expect(dueReminders(stored, DEFAULT_SETTINGS, log, NOW + 10 * HOUR)).toEqual([]);
    expect(dueReminders(stored, DEFAULT_SETTINGS, log, at(2026, 11, 21, 9, 31)).map((r) => [r.businessKey, r.days])).toEqual([
      ['yelp:mine', 9],
      ['google-maps:mine', 7],
    ]);
  });

  it('say the site and the days in the UI language', () => {
    expect(createTranslator('en').t('notify.reminder.message', { site: 'Yelp', n: 8 })).toBe('Yelp not checked for 8 days — open');
    expect(createTranslator('ru').t('notify.reminder.message', { site: 'Yelp', n: 8 })).toBe('Yelp не проверялся 8 дней — откройте');
    expect(createTranslator('ru').t('notify.reminder.message', { site: 'Yelp', n: 22 })).toBe('Yelp не проверялся 22 дня — откройте');
    expect(createTranslator('zh').t('notify.reminder.message', { site: 'Yelp', n: 8 })).toBe('Yelp 已 8 天未检查——打开');
  });
});

describe('the daily digest', () => {
  const on = { ...DEFAULT_SETTINGS, digestEnabled: true, digestAt: '08:00' };

  it('is due after its time of day, once per day, only when on', () => {
    expect(digestDue(on, { reminders: {} }, NOW)).toBe(true);
    expect(digestDue(on, { reminders: {} }, at(2026, 11, 20, 7, 59))).toBe(false);
    expect(digestDue(on, { reminders: {}, digestDay: '2026-11-20' }, NOW)).toBe(false);
    expect(digestDue(on, { reminders: {}, digestDay: '2026-11-19' }, NOW)).toBe(true);
    expect(digestDue(DEFAULT_SETTINGS, { reminders: {} }, NOW)).toBe(false);
  });

  it('counts reviews first seen yesterday (local day), not a first visit’s baseline, and their negatives', () => {
    const y = at(2026, 11, 19, 12);
    const figures = digestFigures(
      [
        { firstSeenAt: y, negative: true, baseline: false },
        { firstSeenAt: at(2026, 11, 19, 0, 1), negative: false, baseline: false },
        { firstSeenAt: at(2026, 11, 19, 23, 59), negative: false, baseline: false },
        { firstSeenAt: y, negative: true, baseline: true },
        { firstSeenAt: at(2026, 11, 20, 0, 1), negative: true, baseline: false },
        { firstSeenAt: at(2026, 11, 18, 23, 59), negative: true, baseline: false },
      ],
      NOW,
      { before: 58, after: 55 },
    );
    expect(figures).toEqual({ newReviews: 3, negatives: 1, scoreBefore: 58, scoreAfter: 55 });
  });

  it('reads "Yesterday: 3 new reviews, 1 negative; score 58 → 55" in the UI language', () => {
    const figures = { newReviews: 3, negatives: 1, scoreBefore: 58, scoreAfter: 55 };
    expect(digestMessage(createTranslator('en'), figures)).toBe('Yesterday: 3 new reviews, 1 negative; score 58 → 55');
    expect(digestMessage(createTranslator('ru'), figures)).toBe('Вчера: 3 новых отзыва, 1 негативный; оценка 58 → 55');
    expect(digestMessage(createTranslator('zh'), figures)).toBe('昨天：3 条新评价，1 条差评；评分 58 → 55');
    expect(digestMessage(createTranslator('en'), { newReviews: 1, negatives: 0 })).toBe('Yesterday: 1 new review, 0 negative');
  });
});
