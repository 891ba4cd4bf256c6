import { describe, expect, it } from 'vitest';
import { businessAlerts, DEFAULT_ALERT_SETTINGS, isNegativeReview, isNews, meetsSeverity, severityOf } from '@/utils/alerts/rules';

const DAY = 86_400_000;
const neg = { label: 'negative' as const, score: -0.6 };
const mildNeg = { label: 'negative' as const, score: -0.15 };
const pos = { label: 'positive' as const, score: 0.7 };
const none = { label: 'none' as const, score: 0 };

describe('the negative-review rule', () => {
  it('counts 1 and 2 stars as negative whatever the text says', () => {
    expect(isNegativeReview(1, pos)).toBe(true);
    expect(isNegativeReview(2, none)).toBe(true);
  });
  it('counts 3 stars only with negative text', () => {
    expect(isNegativeReview(3, mildNeg)).toBe(true);
    expect(isNegativeReview(3, pos)).toBe(false);
    expect(isNegativeReview(3, none)).toBe(false);
  });
  it('never counts 4 and 5 stars', () => {
    expect(isNegativeReview(4, neg)).toBe(false);
    expect(isNegativeReview(5, neg)).toBe(false);
  });
  it('counts star-less reviews only when the text is clearly negative', () => {
    expect(isNegativeReview(undefined, neg)).toBe(true);
    expect(isNegativeReview(undefined, mildNeg)).toBe(false);
    expect(isNegativeReview(undefined, none)).toBe(false);
  });
});

describe('severity', () => {
  it('ranks 1★ critical, 2★ high, others medium', () => {
    expect(severityOf(1)).toBe('critical');
    expect(severityOf(2)).toBe('high');
    expect(severityOf(3)).toBe('medium');
    expect(severityOf(undefined)).toBe('medium');
    expect(meetsSeverity('high', 'medium')).toBe(true);
    expect(meetsSeverity('medium', 'high')).toBe(false);
  });
});

describe('which businesses alert', () => {
  it('alerts for every business until one is marked mine, then only for mine (and competitors when asked)', () => {
    expect(businessAlerts(undefined, false, DEFAULT_ALERT_SETTINGS)).toBe(true);
    expect(businessAlerts(undefined, true, DEFAULT_ALERT_SETTINGS)).toBe(false);
    expect(businessAlerts('mine', true, DEFAULT_ALERT_SETTINGS)).toBe(true);
    expect(businessAlerts('competitor', true, DEFAULT_ALERT_SETTINGS)).toBe(false);
    expect(businessAlerts('competitor', true, { ...DEFAULT_ALERT_SETTINGS, alertCompetitors: true })).toBe(true);
  });
});

describe('news', () => {
  const baseline = Date.UTC(2026, 10, 1);
  it('treats undated and recent reviews as news and old ones as history', () => {
    expect(isNews(undefined, undefined, baseline)).toBe(true);
    expect(isNews(baseline + DAY, 'day', baseline)).toBe(true);
    expect(isNews(baseline - 10 * DAY, 'day', baseline)).toBe(true);
    expect(isNews(baseline - 60 * DAY, 'day', baseline)).toBe(false);
    // "a month ago" could be two weeks ago: still news.
    expect(isNews(baseline - 30 * DAY, 'month', baseline)).toBe(true);
  });
});
