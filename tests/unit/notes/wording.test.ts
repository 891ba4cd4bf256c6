/**
 * Issue 13.6: what a note says. An unanswered negative counts its days while it is within the
 * unanswered window (90 days); an older one says only "no reply"; a positive review gets a quiet
 * mark or no note, as the owner chose. In the three UI languages.
 */
import { describe, expect, it } from 'vitest';
import { createTranslator } from '@/utils/i18n';
import { buildNote } from '@/utils/notes/build';
import { RECENT_DAYS } from '@/utils/reputation/windows';
import type { ReviewRecord } from '@/utils/store/schema';

const NOW = Date.UTC(2026, 10, 20, 12);
const DAY = 86_400_000;

function record(over: Partial<ReviewRecord> = {}): ReviewRecord {
  return {
    key: 'yelp:r1',
    businessKey: 'yelp:biz',
    site: 'yelp',
    siteReviewId: 'r1',
    author: 'Tom H.',
    rating: 1,
    text: 'We waited an hour.',
    truncated: false,
    firstSeenAt: NOW,
    lastSeenAt: NOW,
    textHash: 'h',
    fingerprint: 'f',
    analysis: { lang: 'en', score: -0.8, label: 'negative', themes: [{ theme: 'waiting', polarity: -1 }], contradiction: false, version: 1 },
    at: NOW - 9 * DAY,
    negative: 1,
    alertState: 'alerted',
    ...over,
  } as ReviewRecord;
}

const en = createTranslator('en');
const ru = createTranslator('ru');
const zh = createTranslator('zh');

describe('the words of a note', () => {
  it('counts the days of an unanswered negative within the window, in each language', () => {
    expect(buildNote(record(), en, NOW, 3)?.unanswered).toBe('No reply for 9 days');
    expect(buildNote(record({ at: NOW - 21 * DAY }), ru, NOW, 3)?.unanswered).toBe('Без ответа 21 день');
    expect(buildNote(record({ at: NOW - 22 * DAY }), ru, NOW, 3)?.unanswered).toBe('Без ответа 22 дня');
    expect(buildNote(record({ at: NOW - 25 * DAY }), ru, NOW, 3)?.unanswered).toBe('Без ответа 25 дней');
    expect(buildNote(record(), zh, NOW, 3)?.unanswered).toBe('9 天未回复');
    expect(buildNote(record({ at: NOW - RECENT_DAYS * DAY }), en, NOW, 3)?.unanswered).toBe(`No reply for ${RECENT_DAYS} days`);
  });

  it('says only "no reply" for a negative older than the unanswered window', () => {
    const old = record({ at: NOW - (RECENT_DAYS + 1) * DAY });
    expect(buildNote(old, en, NOW, 3)?.unanswered).toBe('No reply');
    expect(buildNote(record({ at: NOW - 412 * DAY }), ru, NOW, 3)?.unanswered).toBe('Без ответа');
    expect(buildNote(record({ at: NOW - 412 * DAY }), zh, NOW, 3)?.unanswered).toBe('未回复');
  });

  it('says nothing of a reply before the owner’s days are up, or once the review is answered', () => {
    expect(buildNote(record({ at: NOW - 2 * DAY }), en, NOW, 3)?.unanswered).toBeUndefined();
    expect(buildNote(record({ reply: { text: 'Sorry!' } }), en, NOW, 3)?.unanswered).toBeUndefined();
  });

  it('gives a positive review a quiet mark (its tone only), or no note when the owner chose none', () => {
    const happy = record({
      rating: 5,
      negative: 0,
      at: NOW - 200 * DAY,
      analysis: { lang: 'en', score: 0.9, label: 'positive', themes: [{ theme: 'quality', polarity: 1 }], contradiction: false, version: 1 },
    } as Partial<ReviewRecord>);
    expect(buildNote(happy, en, NOW, 3)).toEqual({
      siteReviewId: 'r1',
      tone: 'positive',
      sentiment: 'Positive',
      themes: [],
      hideLabel: 'Hide this Review Sentinel note',
      quiet: true,
    });
    expect(buildNote(happy, zh, NOW, 3, 'quiet')?.sentiment).toBe('正面');
    expect(buildNote(happy, en, NOW, 3, 'none')).toBeUndefined();
    // A negative still gets its full note when positives get none.
    expect(buildNote(record(), en, NOW, 3, 'none')).toMatchObject({ tone: 'negative', sentiment: 'Negative' });
    expect(buildNote(record(), en, NOW, 3, 'none')?.quiet).toBeUndefined();
  });
});
